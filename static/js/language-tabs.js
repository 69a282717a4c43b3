// French and Dutch fields as tabs: each translated field shows one language at a time, with a tab
// per language (WAI-ARIA tabs: arrow keys, Home and End), and a switch above the form shows one
// language in every field. A language whose field has an error is shown first and its tab says so.
"use strict";
(function () {
  const LANGUAGES = [
    {code: "fr", name: "Français"},
    {code: "nl", name: "Nederlands"},
  ];
  const SUFFIX = /_(fr|nl)$/;
  const text = JSON.parse(document.getElementById("language-tabs-text")?.textContent || "{}");
  const tablists = [];

  function hasError(panel) {
    return panel.classList.contains("errors") || panel.querySelector(".errorlist") !== null;
  }

  function select(tablist, code, focus) {
    tablist.querySelectorAll("[role=tab]").forEach(function (tab) {
      const chosen = tab.lang === code;
      tab.setAttribute("aria-selected", String(chosen));
      tab.tabIndex = chosen ? 0 : -1;
      document.getElementById(tab.getAttribute("aria-controls")).hidden = !chosen;
      if (chosen && focus) tab.focus();
    });
  }

  function onKeydown(event) {
    const tabs = Array.from(event.currentTarget.querySelectorAll("[role=tab]"));
    const index = tabs.indexOf(document.activeElement);
    const next = {ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1}[event.key];
    if (next === undefined || index < 0) return;
    event.preventDefault();
    select(event.currentTarget, tabs[(next + tabs.length) % tabs.length].lang, true);
  }

  function buildTablist(name, panels) {
    const tablist = document.createElement("div");
    tablist.className = "language-tabs";
    tablist.setAttribute("role", "tablist");
    const label = panels.fr.querySelector("label");
    if (label) tablist.setAttribute("aria-label", label.textContent.replace(/\s*\[fr\]\s*:?\s*$/, ""));
    LANGUAGES.forEach(function (language) {
      const panel = panels[language.code];
      const tab = document.createElement("button");
      tab.type = "button";
      tab.id = `language-tab-${name}-${language.code}`;
      tab.lang = language.code;
      tab.textContent = language.name;
      tab.setAttribute("role", "tab");
      tab.setAttribute("aria-controls", panel.id);
      if (hasError(panel)) {
        tab.classList.add("has-error");
        const warning = document.createElement("span");
        warning.className = "visually-hidden";
        warning.textContent = ` (${text.error || "!"})`;
        tab.append(warning);
      }
      tab.addEventListener("click", function () {
        select(tablist, language.code, false);
      });
      panel.setAttribute("role", "tabpanel");
      panel.setAttribute("aria-labelledby", tab.id);
      tablist.append(tab);
    });
    tablist.addEventListener("keydown", onKeydown);
    panels.fr.before(tablist);
    return tablist;
  }

  function setUp(root, shown) {
    const groups = new Map();
    root.querySelectorAll(".mt[name]").forEach(function (widget) {
      const match = widget.name.match(SUFFIX);
      const panel = widget.closest(".fieldBox, .form-row");
      if (!match || widget.name.includes("__prefix__") || widget.closest(".tabular") || !panel) return;
      const name = widget.name.replace(SUFFIX, "");
      if (!groups.has(name)) groups.set(name, {});
      groups.get(name)[match[1]] = panel;
    });
    groups.forEach(function (panels, name) {
      if (!panels.fr || !panels.nl || panels.fr.getAttribute("role") === "tabpanel") return;
      LANGUAGES.forEach(function (language) {
        panels[language.code].id = panels[language.code].id || `language-panel-${name}-${language.code}`;
      });
      const tablist = buildTablist(name, panels);
      const withError = LANGUAGES.find((language) => hasError(panels[language.code]));
      select(tablist, withError ? withError.code : shown, false);
      tablists.push(tablist);
    });
  }

  function buildSwitch(form, shown) {
    const group = document.createElement("div");
    group.className = "language-switch";
    group.setAttribute("role", "group");
    group.setAttribute("aria-label", text.switch || "");
    LANGUAGES.forEach(function (language) {
      const button = document.createElement("button");
      button.type = "button";
      button.lang = language.code;
      button.textContent = language.name;
      button.setAttribute("aria-pressed", String(language.code === shown));
      button.addEventListener("click", function () {
        group.querySelectorAll("button").forEach(function (other) {
          other.setAttribute("aria-pressed", String(other === button));
        });
        tablists.forEach(function (tablist) {
          select(tablist, language.code, false);
        });
      });
      group.append(button);
    });
    form.prepend(group);
  }

  document.addEventListener("DOMContentLoaded", function () {
    const form = document.querySelector("#content-main form");
    if (!form) return;
    const pageLanguage = document.documentElement.lang;
    const shown = LANGUAGES.some((language) => language.code === pageLanguage) ? pageLanguage : "fr";
    setUp(form, shown);
    if (tablists.length) buildSwitch(form, shown);
    document.addEventListener("formset:added", function (event) {
      setUp(event.target, shown);
    });
  });
})();
