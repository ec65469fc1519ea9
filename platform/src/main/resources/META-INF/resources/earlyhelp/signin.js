// Sign-in for the server-rendered pages (/insights, /claims): posts the token once to /session, which keeps it in
// an HttpOnly cookie that no script can read, then reloads the page. A refused token is explained in the form.
(() => {
  "use strict";
  const form = document.getElementById("signin");
  if (!form) { return; }
  form.addEventListener("submit", async event => {
    event.preventDefault();
    const token = document.getElementById("token").value.trim();
    const response = await fetch("/session", {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ token }),
    });
    if (response.ok) { location.reload(); return; }
    const problem = await response.json().catch(() => ({}));
    const error = document.getElementById("signin-error");
    error.textContent = problem.detail ?? "That token was refused: get a new one and try again.";
    error.hidden = false;
    error.focus();
  });
})();
