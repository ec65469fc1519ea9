// The First Response duty screen: a live list of the council's referrals and decisions.
// A browser's EventSource cannot send an Authorization header, so the page signs in once (POST /session) and the
// service keeps the token in an HttpOnly cookie that no script here can read.
(() => {
  "use strict";
  const referrals = new Map();   // referralId -> referral item
  const decisions = new Map();   // familyId -> latest decision item
  const status = document.getElementById("status");
  const tbody = document.querySelector("#feed tbody");
  const decisionFilter = document.getElementById("decision-filter");
  const agencyFilter = document.getElementById("agency-filter");
  const form = document.getElementById("signin");
  const signInError = document.getElementById("signin-error");
  let source;

  function signIn() {
    form.hidden = false;
    document.getElementById("token").focus();
  }

  form.addEventListener("submit", async event => {
    event.preventDefault();
    const token = document.getElementById("token").value.trim();
    const response = await fetch("/session", {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ token }),
    });
    if (!response.ok) {
      const problem = await response.json().catch(() => ({}));
      signInError.textContent = problem.detail ?? "That token was refused: get a new one and try again.";
      signInError.hidden = false;
      return;
    }
    signInError.hidden = true;
    document.getElementById("token").value = "";
    form.hidden = true;
    connect();
  });

  function connect() {
    status.textContent = "Connecting";
    source = new EventSource("/api/v1/duty/stream");
    source.addEventListener("open", () => { status.textContent = "Live"; });
    source.addEventListener("error", () => {
      // The browser reconnects by itself with Last-Event-ID; a refused token needs a new sign-in.
      status.textContent = source.readyState === EventSource.CLOSED ? "Disconnected" : "Reconnecting";
      if (source.readyState === EventSource.CLOSED) { signIn(); }
    });
    source.addEventListener("SIGNED_OUT", () => {
      // The token that opened the stream has expired: stop reconnecting with it and ask for a new one.
      source.close();
      status.textContent = "Signed out: sign in again";
      signIn();
    });
    source.addEventListener("REFERRAL", event => { const item = JSON.parse(event.data); referrals.set(item.referralId, item); render(); });
    source.addEventListener("DECISION", event => { const item = JSON.parse(event.data); decisions.set(item.familyId, item); render(); });
  }

  function rows() {
    const listed = [...referrals.values()].map(referral => ({ referral, decision: decisions.get(referral.familyId) }));
    const referredFamilies = new Set([...referrals.values()].map(r => r.familyId));
    [...decisions.values()].filter(d => !referredFamilies.has(d.familyId)).forEach(decision => listed.push({ decision }));
    return listed
      .map(row => ({ ...row, escalation: Boolean(row.referral?.escalation || row.decision?.escalation),
                     seq: Math.max(row.referral?.seq ?? 0, row.decision?.seq ?? 0) }))
      .filter(row => {
        const decided = row.decision?.decision ?? "NONE";
        const agency = row.referral?.agency ?? "";
        return (!decisionFilter.value || decisionFilter.value === decided)
          && (!agencyFilter.value || agency.toLowerCase().includes(agencyFilter.value.toLowerCase()));
      })
      .sort((a, b) => (b.escalation - a.escalation) || ((b.referral?.seq ?? b.seq) - (a.referral?.seq ?? a.seq)));
  }

  function cell(text) { const td = document.createElement("td"); td.textContent = text; return td; }

  function render() {
    tbody.replaceChildren(...rows().map(row => {
      const tr = document.createElement("tr");
      if (row.escalation) { tr.classList.add("escalation"); }
      if (row.referral) { tr.dataset.referralId = row.referral.referralId; }
      tr.dataset.familyId = (row.referral ?? row.decision).familyId;
      const when = new Date((row.referral ?? row.decision).occurredAt);
      tr.append(cell(when.toLocaleString("en-GB", { dateStyle: "short", timeStyle: "short" })));
      tr.append(cell(row.referral?.agency ?? "–"));
      tr.append(cell((row.referral ?? row.decision).problems.map(p => p.replaceAll("_", " ").toLowerCase()).join(", ")));
      const decision = document.createElement("td");
      if (row.decision) {
        const tag = document.createElement("span");
        tag.className = "tag " + row.decision.decision;
        tag.textContent = row.decision.decision.replaceAll("_", " ").toLowerCase();
        tag.title = row.decision.reason;
        decision.append(tag);
      } else {
        decision.textContent = "awaiting decision";
      }
      tr.append(decision);
      tr.append(cell(row.referral?.reReferral ? "Yes" : "No"));
      const family = cell("");
      if (row.referral) {
        const button = document.createElement("button");
        button.className = "secondary";
        button.textContent = "Show names";
        button.addEventListener("click", () => showNames(row.referral.referralId, family));
        family.append(button);
      }
      tr.append(family);
      return tr;
    }));
  }

  async function showNames(referralId, td) {
    // Reading a referral's personal data is logged by referral-service (who, when, which referral).
    const response = await fetch(`/duty/referrals/${encodeURIComponent(referralId)}/names`, { credentials: "same-origin" });
    const names = document.createElement("div");
    names.className = "names";
    if (response.ok) {
      const read = await response.json();
      names.textContent = read.personalDataErased ? "Personal data erased" : read.names.join(", ");
    } else {
      names.textContent = "Could not read the referral";
    }
    td.replaceChildren(names);
  }

  decisionFilter.addEventListener("change", render);
  agencyFilter.addEventListener("input", render);
  connect();
})();
