// drills.practice.* texts (issue 20); owned by the practice part.
export default {};
