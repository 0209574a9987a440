// drills.quiz.* texts (issue 20); owned by the quiz part.
export default {};
