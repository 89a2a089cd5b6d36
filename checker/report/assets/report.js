// Filters for the citecheck report: severity, rule, document and free-text search.
// Findings are hidden (not removed) so links into them keep working.
(function () {
  "use strict";
  var findings = Array.prototype.slice.call(document.querySelectorAll(".finding"));
  var severityBoxes = Array.prototype.slice.call(document.querySelectorAll("input[name=severity]"));
  var ruleSelect = document.getElementById("filter-rule");
  var docSelect = document.getElementById("filter-doc");
  var search = document.getElementById("filter-search");
  var count = document.getElementById("filter-count");

  function matches(item, state) {
    if (state.severities.indexOf(item.dataset.severity) < 0) return false;
    if (state.rule && item.dataset.rule !== state.rule) return false;
    if (state.doc && item.dataset.doc !== state.doc) return false;
    return !state.query || item.textContent.toLowerCase().indexOf(state.query) >= 0;
  }

  function hideEmpty(selector, filtering) {
    document.querySelectorAll(selector).forEach(function (box) {
      var visible = box.querySelector(".finding:not([hidden])") !== null;
      box.hidden = filtering && !visible;
    });
  }

  function apply() {
    var state = {
      severities: severityBoxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; }),
      rule: ruleSelect.value,
      doc: docSelect.value,
      query: search.value.trim().toLowerCase()
    };
    var filtering = state.rule || state.doc || state.query || state.severities.length < severityBoxes.length;
    var shown = 0;
    findings.forEach(function (item) {
      item.hidden = !matches(item, state);
      if (!item.hidden) shown += 1;
    });
    hideEmpty(".group", filtering);
    hideEmpty(".doc", filtering);
    document.querySelectorAll(".timeline li").forEach(function (li) {
      var text = li.textContent.toLowerCase();
      li.hidden = Boolean((state.doc && li.dataset.doc !== state.doc) || (state.query && text.indexOf(state.query) < 0));
    });
    count.textContent = "Showing " + shown + " of " + findings.length + " findings";
  }

  function reset() {
    severityBoxes.forEach(function (box) { box.checked = true; });
    ruleSelect.value = "";
    docSelect.value = "";
    search.value = "";
    apply();
  }

  // A link to a finding the filters hide (a flagged source line's rule name) clears the
  // filters first, so the jump lands on a card the reader can see.
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a[href^='#f-']") : null;
    var card = link && document.getElementById(link.getAttribute("href").slice(1));
    if (card && card.hidden) reset();
  });

  severityBoxes.forEach(function (box) { box.addEventListener("change", apply); });
  ruleSelect.addEventListener("change", apply);
  docSelect.addEventListener("change", apply);
  search.addEventListener("input", apply);
  apply();
})();
