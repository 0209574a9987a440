// The passwords people choose most (from the published breach top lists, English and Chinese,
// kept to those long enough to pass a length rule on their own, and their obvious variants).
// Lower case: a candidate is compared lower-cased. Small on purpose: it stops the first guesses
// of a spraying attack; the length rule and the sign-in limits do the rest.
const LIST = `
password password1 password12 password123 password1234 password12345 passw0rd passw0rd1 p@ssw0rd p@ssword1
p@ssw0rd1 p@ssw0rd123 password! password1! password01 mypassword mypassword1 password2024 password2025 password2026
12345678 123456789 1234567890 12345678910 0123456789 987654321 9876543210 11111111 111111111 1111111111
00000000 000000000 0000000000 88888888 888888888 66666666 666666666 99999999 55555555 12341234 123123123
1234512345 147258369 123654789 159357456 741852963 963852741 12344321 11223344 11112222 123456123456
qwerty123 qwerty1234 qwerty12345 qwertyuiop qwertyuiop1 qwerty123456 qwe123456 qwe123456789 qweasdzxc qweasdzxc123
1qaz2wsx 1qaz2wsx3edc 1q2w3e4r 1q2w3e4r5t 1q2w3e4r5t6y q1w2e3r4 q1w2e3r4t5 1qazxsw2 zaq12wsx zaq1xsw2
asdf1234 asdfghjkl asdfghjkl1 asd123456 asdasd123 zxcvbnm123 zxcvbnm1 zxc123456 qaz123456 qazwsx123
123456789a 123456789q a123456789 a1234567 a12345678 aa12345678 aa123456 aa123456789 abc123456 abc1234567
abc12345678 abcd1234 abcd12345 abcd123456 abc12345 a1b2c3d4 a1b2c3d4e5 1a2b3c4d 123abc123 12345abc
123qwe123 123qweasd 123456abc 12345678a 1234567a 12345qwert 1234qwer qwer1234 qwert12345 1234abcd
iloveyou1 iloveyou12 iloveyou123 woaini1314 woaini520 woaini123 woaini1234 5201314520 1314520520 wo123456789
wang123456 zhang123456 li123456789 liu123456 chen123456 yang123456 huang123456 zhao123456 wu123456789 zhou123456
admin123 admin1234 admin12345 admin123456 administrator administrator1 admin@123 root1234 root123456 test1234
test12345 test123456 user1234 guest1234 changeme changeme1 changeme123 default123 welcome1 welcome12 welcome123
letmein1 letmein123 monkey123 dragon123 master123 shadow123 football1 baseball1 superman1 batman123 sunshine1
princess1 starwars1 trustno1 whatever1 computer1 internet1 michael1 jennifer1 jordan23 charlie1 freedom1
hello12345 hello123456 iloveyou! qwerty1! aa123456! abc123! 1qaz@wsx 1qaz!qaz 2wsx3edc 3edc4rfv
google123 baidu123456 taobao123 qq123456789 qq12345678 wechat123 huawei123 xiaomi123 apple12345 samsung123
summer2024 summer2025 summer2026 winter2024 winter2025 winter2026 spring2025 spring2026 autumn2025 autumn2026
china12345 china123456 beijing123 shanghai123 hangzhou123 shenzhen123 guangzhou123 zhongguo123 aini1314 woaiwojia
company123 company1234 service123 callcenter callcenter1 kefu123456 kefu12345 seatwise seatwise1 seatwise123
seatwise2024 seatwise2025 seatwise2027 welcome2025 welcome2026 password2027 aa11223344 a123123123
`;

export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(LIST.split(/\s+/).filter(Boolean));
