"use strict";
(function () {
  const data = JSON.parse(document.getElementById("tollgate-data").textContent);
  const rules = data.rules, sources = data.sources, findings = data.findings;
  const order = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };
  const $ = (id) => document.getElementById(id);
  const el = (tag, attrs, ...children) => {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    for (const c of children) node.append(c);
    return node;
  };
  const options = (select, values) => {
    for (const v of [...new Set(values)].sort()) select.append(el("option", { value: v }, v));
  };
  options($("f-rule"), findings.map((f) => f.rule_id));
  options($("f-platform"), findings.map((f) => f.platform));
  options($("f-kind"), findings.map((f) => f.kind));
  options($("f-file"), findings.map((f) => f.file));
  let shown = [], rendered = 0;
  const body = $("findings-body");
  const snippet = (f) => {
    const lines = (sources[f.file] || "").split("\n");
    const from = Math.max(1, f.line - 2), to = Math.min(lines.length, Math.max(f.end_line, f.line) + 2, f.line + 12);
    const pre = el("pre");
    for (let n = from; n <= to; n++) {
      const text = String(n).padStart(5) + "  " + (lines[n - 1] || "");
      pre.append(n === f.line ? el("span", { class: "hit" }, text) : text + "\n");
    }
    return pre;
  };
  const detail = (f) => {
    const rule = rules[f.rule_id] || {};
    const cell = el("td", { colspan: "5" });
    if (sources[f.file]) cell.append(snippet(f));
    if (f.explanation) cell.append(el("p", {}, "Risk: " + f.explanation.risk), el("p", {}, "Change: " + f.explanation.change));
    if (f.fix) cell.append(el("p", {}, "Fix (tollgate fix): " + JSON.stringify(f.fix)));
    if (rule.why) cell.append(el("p", {}, "Why it matters: " + rule.why));
    if (rule.remediation) cell.append(el("p", {}, "How to fix: " + rule.remediation));
    if (rule.example) cell.append(el("pre", {}, rule.example));
    return el("tr", { class: "detail" }, cell);
  };
  const row = (f) => {
    const tr = el("tr", { class: "finding" },
      el("td", {}, el("span", { class: "sev " + f.severity }, f.severity)),
      el("td", {}, f.rule_id),
      el("td", {}, f.resource),
      el("td", {}, f.file + ":" + f.line),
      el("td", {}, f.message + (f.suppressed ? " (suppressed)" : f.baselined ? " (baselined)" : "")));
    tr.addEventListener("click", () => {
      const next = tr.nextSibling;
      if (next && next.classList && next.classList.contains("detail")) next.remove(); else tr.after(detail(f));
    });
    return tr;
  };
  // Rows are rendered 200 at a time as the list scrolls into view: 10,000 findings open at once.
  const more = () => {
    const frag = document.createDocumentFragment();
    for (const f of shown.slice(rendered, rendered + 200)) frag.append(row(f));
    rendered = Math.min(shown.length, rendered + 200);
    body.append(frag);
    $("shown").textContent = rendered + " of " + shown.length + " shown";
  };
  const apply = () => {
    const sev = $("f-sev").value, rule = $("f-rule").value, kind = $("f-kind").value, file = $("f-file").value;
    const platform = $("f-platform").value;
    const text = $("f-text").value.toLowerCase();
    shown = findings.filter((f) => (!sev || f.severity === sev) && (!rule || f.rule_id === rule) &&
      (!kind || f.kind === kind) && (!platform || f.platform === platform) && (!file || f.file === file) &&
      (!text || (f.message + " " + f.resource).toLowerCase().includes(text)));
    shown.sort((a, b) => order[a.severity] - order[b.severity] || a.file.localeCompare(b.file) || a.line - b.line);
    body.replaceChildren();
    rendered = 0;
    more();
  };
  // The filters live in the address too (#sev=high&platform=aws), so a filtered view can be shared.
  const filters = { sev: "f-sev", rule: "f-rule", platform: "f-platform", kind: "f-kind", file: "f-file", q: "f-text" };
  for (const [key, value] of new URLSearchParams(location.hash.slice(1))) {
    if (filters[key]) $(filters[key]).value = value;
  }
  const remember = () => {
    const params = new URLSearchParams();
    for (const [key, id] of Object.entries(filters)) if ($(id).value) params.set(key, $(id).value);
    history.replaceState(null, "", params.toString() ? "#" + params : location.pathname);
  };
  for (const id of Object.values(filters)) $(id).addEventListener("input", () => { apply(); remember(); });
  new IntersectionObserver((entries) => { if (entries[0].isIntersecting && rendered < shown.length) more(); })
    .observe($("sentinel"));
  apply();
})();
