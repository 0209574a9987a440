// errorCode texts of the facts part of /api/analytics (issue 22).
export default {};
