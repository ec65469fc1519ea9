// The First Response duty screen: a live list of the council's referrals, their decisions and triage.
// A browser's EventSource cannot send an Authorization header, so the page signs in once (POST /session) and the
// service keeps the token in an HttpOnly cookie that no script here can read.
// Rows are updated in place, never redrawn: a duty officer's focus, and names they revealed, survive live updates.
(() => {
  "use strict";
  const referrals = new Map();   // referralId -> REFERRAL item
  const decisions = new Map();   // familyId -> latest DECISION item
  const triages = new Map();     // familyId -> latest TRIAGE item
  const rows = new Map();        // row key (referralId, or "family:" + familyId) -> <tr>
  const status = document.getElementById("status");
  const announcer = document.getElementById("announcer");
  const tbody = document.querySelector("#feed tbody");
  const filters = {
    decision: document.getElementById("decision-filter"),
    triage: document.getElementById("triage-filter"),
    team: document.getElementById("team-filter"),
    agency: document.getElementById("agency-filter"),
  };
  const form = document.getElementById("signin");
  const signInError = document.getElementById("signin-error");
  const dialog = document.getElementById("triage-dialog");
  const triageForm = document.getElementById("triage-form");
  const OUTCOMES = {
    ACCEPT_FOR_EARLY_HELP: "Accepted for Early Help",
    SIGNPOST: "Signposted",
    STEP_UP_TO_SOCIAL_CARE: "Stepped up to social care",
    NO_FURTHER_ACTION: "No further action",
  };
  let source;
  let live = false;              // after the replay: only then are new escalations read out
  let triaging;                  // { familyId, returnTo } while the triage dialog is open

  // Signed in through the council's identity provider, the page has no form: a new sign-in is a new visit to the page,
  // which goes by the provider. Signed in with a pasted token (local runs), it asks for a new one.
  async function signIn() {
    const method = await fetch("/session").then(response => response.json()).then(body => body.signIn, () => "token");
    if (method === "oidc") {
      const again = document.getElementById("signin-again");
      again.hidden = false;
      again.focus();
      return;
    }
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
    source.addEventListener("open", () => {
      status.textContent = "Live";
      // The stream replays the last hours and every family still waiting first; what comes after is new.
      setTimeout(() => { live = true; document.body.dataset.live = "true"; }, 3000);
    });
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
    source.addEventListener("REFERRAL", event => {
      const item = JSON.parse(event.data);
      referrals.set(item.referralId, item);
      if (item.escalation) { announce(`New escalation: a referral from ${item.agency} raising a safeguarding concern.`); }
      update(item.familyId);
    });
    source.addEventListener("DECISION", event => {
      const item = JSON.parse(event.data);
      const before = decisions.get(item.familyId);
      decisions.set(item.familyId, item);
      if (item.escalation && !before?.escalation) { announce("New escalation: a family was escalated to social care."); }
      update(item.familyId);
    });
    source.addEventListener("TRIAGE", event => {
      const item = JSON.parse(event.data);
      triages.set(item.familyId, item);
      update(item.familyId);
    });
  }

  function announce(text) {
    if (live) { announcer.textContent = text; }
  }

  // ---- one row per referral (or per family decided before any referral of it was in view) ----

  function rowsOf(familyId) {
    const keys = [...referrals.values()].filter(r => r.familyId === familyId).map(r => r.referralId);
    return keys.length > 0 ? keys : (decisions.has(familyId) ? ["family:" + familyId] : []);
  }

  function update(familyId) {
    rows.get("family:" + familyId)?.remove();
    rows.delete("family:" + familyId);
    for (const key of rowsOf(familyId)) {
      const tr = rows.get(key) ?? create(key, familyId);
      fill(tr, referrals.get(key), familyId);
    }
    arrange();
  }

  function create(key, familyId) {
    const tr = document.createElement("tr");
    tr.dataset.familyId = familyId;
    if (!key.startsWith("family:")) { tr.dataset.referralId = key; }
    const cells = ["received", "agency", "problems", "decision", "triage", "rereferral", "family"]
      .map(name => { const td = document.createElement("td"); td.className = name; tr.append(td); return td; });
    // The triage cell keeps its elements for good, so a button with focus is never replaced.
    const triageStatus = document.createElement("span");
    triageStatus.className = "triage-status";
    triageStatus.tabIndex = -1;
    const triageButton = document.createElement("button");
    triageButton.type = "button";
    triageButton.className = "secondary triage";
    triageButton.textContent = "Triage";
    triageButton.addEventListener("click", () => openTriage(familyId, triageButton, triageStatus));
    cells[4].append(triageStatus, triageButton);
    if (!key.startsWith("family:")) {
      const names = document.createElement("button");
      names.type = "button";
      names.className = "secondary";
      names.textContent = "Show names";
      names.addEventListener("click", () => showNames(key, cells[6]));
      cells[6].append(names);
    }
    rows.set(key, tr);
    tbody.append(tr);
    return tr;
  }

  function fill(tr, referral, familyId) {
    const decision = decisions.get(familyId);
    const triage = triages.get(familyId);
    const first = referral ?? decision;
    const escalation = Boolean(referral?.escalation || decision?.escalation);
    tr.classList.toggle("escalation", escalation);
    text(tr.querySelector(".received"), new Date(first.occurredAt).toLocaleString("en-GB", { dateStyle: "short", timeStyle: "short" }));
    text(tr.querySelector(".agency"), referral?.agency ?? "–");
    text(tr.querySelector(".problems"), first.problems.map(p => p.replaceAll("_", " ").toLowerCase()).join(", "));
    const decisionCell = tr.querySelector(".decision");
    const decisionKey = decision ? decision.seq : "none";
    if (decisionCell.dataset.shown !== String(decisionKey)) {
      decisionCell.dataset.shown = String(decisionKey);
      if (decision) {
        const tag = document.createElement("span");
        tag.className = "tag " + decision.decision;
        tag.textContent = decision.decision.replaceAll("_", " ").toLowerCase();
        const reason = document.createElement("span");
        reason.className = "reason";
        reason.textContent = decision.reason;
        decisionCell.replaceChildren(tag, reason);
      } else {
        decisionCell.replaceChildren(document.createTextNode("awaiting decision"));
      }
    }
    const state = triageState(referral, triage);
    tr.dataset.triage = state.kind;
    tr.dataset.team = triage?.outcome === "ACCEPT_FOR_EARLY_HELP" ? (triage.team ?? "") : "";
    const triageStatus = tr.querySelector(".triage-status");
    triageStatus.className = "triage-status " + (state.kind === "TRIAGED" ? "triaged" : state.kind === "OVERDUE" ? "overdue" : "due");
    text(triageStatus, state.text);
    tr.querySelector("button.triage").hidden = state.kind === "TRIAGED";
    text(tr.querySelector(".rereferral"), referral?.reReferral ? "Yes" : "No");
  }

  /** Triaged once a triage of the family came after this referral; otherwise due, or overdue past its due time. */
  function triageState(referral, triage) {
    if (triage && (!referral || triage.seq > referral.seq)) {
      const to = triage.team ? ` · ${triage.team}` : "";
      return { kind: "TRIAGED", text: (OUTCOMES[triage.outcome] ?? triage.outcome) + to };
    }
    if (!referral?.dueAt) { return { kind: "WAITING", text: "Waiting for triage" }; }
    const due = new Date(referral.dueAt);
    const when = due.toLocaleString("en-GB", { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });
    return Date.now() > due.getTime()
      ? { kind: "OVERDUE", text: `Overdue: was due ${when}` }
      : { kind: "WAITING", text: `Due ${when}` };
  }

  function text(element, value) {
    if (element.textContent !== value) { element.textContent = value; }
  }

  /** Escalations first, then newest first; filtered rows are hidden, not removed. Focus survives a move. */
  function arrange() {
    const focused = document.activeElement;
    const ordered = [...rows.values()].sort((a, b) =>
      (b.classList.contains("escalation") - a.classList.contains("escalation")) || (seqOf(b) - seqOf(a)));
    ordered.forEach((tr, index) => {
      if (tbody.children[index] !== tr) { tbody.insertBefore(tr, tbody.children[index] ?? null); }
      tr.hidden = !shown(tr);
    });
    if (focused && focused !== document.activeElement && document.contains(focused)) { focused.focus(); }
  }

  function seqOf(tr) {
    const referral = referrals.get(tr.dataset.referralId);
    return referral?.seq ?? decisions.get(tr.dataset.familyId)?.seq ?? 0;
  }

  function shown(tr) {
    const decided = decisions.get(tr.dataset.familyId)?.decision ?? "NONE";
    const agency = referrals.get(tr.dataset.referralId)?.agency ?? "";
    const triage = tr.dataset.triage;
    return (!filters.decision.value || filters.decision.value === decided)
      && (!filters.triage.value
          || (filters.triage.value === "WAITING" && triage !== "TRIAGED")
          || filters.triage.value === triage)
      && (!filters.team.value || tr.dataset.team.toLowerCase().includes(filters.team.value.toLowerCase()))
      && (!filters.agency.value || agency.toLowerCase().includes(filters.agency.value.toLowerCase()));
  }

  async function showNames(referralId, td) {
    // Reading a referral's personal data is logged by referral-service (who, when, which referral).
    const response = await fetch(`/duty/referrals/${encodeURIComponent(referralId)}/names`, { credentials: "same-origin" });
    const names = document.createElement("div");
    names.className = "names";
    names.tabIndex = -1;
    if (response.ok) {
      const read = await response.json();
      names.textContent = read.personalDataErased ? "Personal data erased" : read.names.join(", ");
    } else {
      names.textContent = "Could not read the referral";
    }
    td.replaceChildren(names);
    names.focus();
  }

  // ---- the triage form ----

  function openTriage(familyId, returnTo, statusAfter) {
    triaging = { familyId, returnTo, statusAfter };
    triageForm.reset();
    document.getElementById("triage-error").hidden = true;
    const referral = [...referrals.values()].find(r => r.familyId === familyId);
    document.getElementById("triage-about").textContent =
      `Family referred by ${referral?.agency ?? "an agency"}; every referral of it received so far is triaged.`;
    dialog.showModal();
    document.getElementById("outcome-accept").focus();
  }

  function closeTriage(focusTarget) {
    dialog.close();
    (focusTarget ?? triaging?.returnTo)?.focus();
    triaging = undefined;
  }

  document.getElementById("triage-cancel").addEventListener("click", () => closeTriage());
  dialog.addEventListener("cancel", event => { event.preventDefault(); closeTriage(); });

  triageForm.addEventListener("submit", async event => {
    event.preventDefault();
    const data = new FormData(triageForm);
    const body = {
      outcome: data.get("outcome"),
      team: data.get("team") || null,
      signpostedTo: data.get("signpostedTo") || null,
      reason: data.get("reason"),
    };
    const response = await fetch(`/duty/families/${encodeURIComponent(triaging.familyId)}/triage`, {
      method: "POST", headers: { "Content-Type": "application/json" }, credentials: "same-origin",
      body: JSON.stringify(body),
    });
    if (response.ok) {
      announcer.textContent = "Triage recorded.";
      closeTriage(triaging.statusAfter);
      return;
    }
    const problem = await response.json().catch(() => ({}));
    const list = document.getElementById("triage-errors");
    const errors = problem.errors?.length ? problem.errors : [{ message: problem.detail ?? "The triage was refused." }];
    list.replaceChildren(...errors.map(error => {
      const li = document.createElement("li");
      li.textContent = error.message ?? error.detail ?? problem.detail;
      return li;
    }));
    const summary = document.getElementById("triage-error");
    summary.hidden = false;
    summary.focus();
  });

  // Due becomes overdue with time alone.
  setInterval(() => { new Set([...rows.values()].map(tr => tr.dataset.familyId)).forEach(update); }, 60_000);
  Object.values(filters).forEach(filter => filter.addEventListener(filter.tagName === "SELECT" ? "change" : "input", arrange));
  // Signed in through the identity provider, the officer can sign out there too (a shared screen changes hands).
  fetch("/session").then(response => response.json()).then(body => {
    if (body.signIn === "oidc") { document.getElementById("signout").hidden = false; }
  }, () => {});
  connect();
})();
