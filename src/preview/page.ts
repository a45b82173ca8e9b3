// The preview page: a list of the letters, the problems (file:line:col, in words), the letter as it will look, and
// links to its PDF and DOCX. Its script asks the server for the state and the letter, and again on each rebuild.
// The letter is the server's own escaped HTML; everything else is set as text, never as markup. Every address is
// relative: the page's own address carries the preview's secret, and so does every request it makes.
// Its words are the run's language (its `lang` too): the page in the catalogue's words, the script given them as data.

import { currentLanguage, t } from "../i18n/catalogue.js";
// The catalogue's words never become markup: escaped as the letter's own text is.
import { escapeHtml } from "../render/html.js";

/** The words the page's script puts on the page. */
function scriptWords() {
  return {
    notUpdated: t.preview.notUpdated(),
    noLetters: t.preview.noLetters(),
    error: t.preview.error(),
    warning: t.preview.warning(),
    hint: t.preview.hint(),
  };
}

export function pageHtml(): string {
  const words: Record<string, string> = { lang: currentLanguage(), title: t.preview.pageTitle(), stale: t.preview.stale() };
  return PAGE_HTML.replace(/\{\{(\w+)\}\}/g, (_, name: string) => escapeHtml(words[name] ?? ""));
}

export function pageScript(): string {
  const words = `const WORDS = ${JSON.stringify(scriptWords()).replace(/</g, "\\u003c")};\n`;
  return PAGE_SCRIPT.replace(/^"use strict";\n/, () => `"use strict";\n${words}`);
}

const PAGE_HTML = `<!doctype html>
<html lang="{{lang}}">
<head>
<meta charset="utf-8">
<title>{{title}}</title>
<link rel="stylesheet" href="letter.css">
<style>
body{margin:0;font:14px/1.4 system-ui,sans-serif;display:flex;min-height:100vh;background:#e8e8e8;color:#222}
nav{width:17rem;flex:none;background:#fff;border-right:1px solid #ccc;padding:1rem;box-sizing:border-box}
nav h1{font-size:1.1rem;margin:0 0 .75rem}
nav ul{list-style:none;margin:0;padding:0}
nav button{display:block;width:100%;text-align:left;border:0;background:none;padding:.4rem .5rem;border-radius:4px;cursor:pointer;font:inherit}
nav button:hover{background:#eef}
nav button[aria-current="true"]{background:#dde3ff;font-weight:600}
nav small{display:block;color:#666;font-weight:normal}
nav .dispatch{margin:1rem 0 .25rem;font-size:.8rem;text-transform:uppercase;color:#555}
main{flex:1;padding:1rem 2rem;overflow:auto}
#problems{list-style:none;padding:0;margin:0 0 1rem;max-width:210mm}
#problems li{background:#fff;border-left:4px solid #c00;padding:.5rem .75rem;margin-bottom:.4rem}
#problems li.warning{border-color:#d90}
#problems code{font-weight:600}
#problems .hint{color:#555}
#bar{display:flex;gap:1rem;align-items:center;max-width:210mm;margin-bottom:.5rem}
#bar a{color:#1F4E79}
#stale{display:none;background:#fff3c4;padding:.25rem .5rem}
#stale.shown{display:inline}
#sheet .letter{box-shadow:0 1px 6px rgba(0,0,0,.25)}
#sheet.stale .letter{opacity:.6}
</style>
<script src="page.js" defer></script>
</head>
<body>
<nav><h1>{{title}}</h1><div id="agencies"></div></nav>
<main>
<ul id="problems" aria-live="polite"></ul>
<div id="bar"><strong id="name"></strong><a id="pdf">PDF</a><a id="docx">DOCX</a><span id="stale">{{stale}}</span></div>
<div id="sheet"></div>
</main>
</body>
</html>
`;

const PAGE_SCRIPT = `"use strict";
let current = decodeURIComponent(location.hash.slice(1));
let letters = [];

function el(tag, props, ...children) {
  const e = document.createElement(tag);
  Object.assign(e, props);
  for (const c of children) e.append(c);
  return e;
}

async function refresh() {
  // The letter on screen is asked for at once, beside the state: after a save it is what the clerk waits for.
  const asked = current;
  const early = asked ? fetch("letter?key=" + encodeURIComponent(asked)) : undefined;
  const state = await (await fetch("state")).json();
  letters = state.letters;
  if (!letters.some((l) => l.key === current)) current = letters[0] ? letters[0].key : "";
  const nav = document.getElementById("agencies");
  nav.replaceChildren();
  let dispatch = "";
  let list;
  for (const l of letters) {
    if (l.dispatch !== dispatch) {
      dispatch = l.dispatch;
      nav.append(el("div", { className: "dispatch", textContent: dispatch }));
      list = nav.appendChild(el("ul"));
    }
    const button = el("button", { type: "button" }, l.name, el("small", { textContent: l.agency + (l.stale ? WORDS.notUpdated : "") }));
    button.setAttribute("aria-current", String(l.key === current));
    button.dataset.key = l.key;
    button.addEventListener("click", () => show(l.key));
    list.append(el("li", {}, button));
  }
  const problems = document.getElementById("problems");
  problems.replaceChildren(
    ...state.problems.map((p) =>
      el("li", { className: p.severity }, el("code", { textContent: p.where }), " " + WORDS[p.severity] + ": " + p.message, ...(p.hint ? [el("br"), el("span", { className: "hint", textContent: WORDS.hint + " " + p.hint })] : [])),
    ),
  );
  await showLetter(current === asked ? early : undefined);
}

async function show(key) {
  current = key;
  history.replaceState(null, "", "#" + encodeURIComponent(key));
  for (const b of document.querySelectorAll("nav button")) b.setAttribute("aria-current", String(b.dataset.key === key));
  await showLetter();
}

async function showLetter(early) {
  const letter = letters.find((l) => l.key === current);
  const sheet = document.getElementById("sheet");
  document.getElementById("name").textContent = letter ? letter.name : WORDS.noLetters;
  for (const format of ["pdf", "docx"]) {
    const a = document.getElementById(format);
    if (letter) a.href = "file?format=" + format + "&key=" + encodeURIComponent(letter.key);
    else a.removeAttribute("href");
  }
  document.getElementById("stale").classList.toggle("shown", Boolean(letter && letter.stale));
  sheet.classList.toggle("stale", Boolean(letter && letter.stale));
  if (!letter) return sheet.replaceChildren();
  const response = await (early || fetch("letter?key=" + encodeURIComponent(letter.key)));
  if (response.ok) sheet.innerHTML = await response.text();
  document.body.dataset.version = String(version);
}

window.addEventListener("hashchange", () => show(decodeURIComponent(location.hash.slice(1))));

let version = 0;
const events = new EventSource("events");
events.onmessage = async (e) => {
  version = Number(e.data);
  await refresh();
  document.body.dataset.shown = String(version);
};
`;
