// Training-proof notices (issue 22), by kind; merged into notifications.kinds. Owned by the warnings part.
export default {};
