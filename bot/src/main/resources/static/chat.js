// Weerbaar local web chat: plain ES2020, no framework, no build step.
// Every text from the user or the server is put into the page with textContent, never as markup.
// The labels are the server's (WebTeksten): the page carries them as data-* attributes on <main>.
"use strict";

(() => {
  const LOCATIE_SLEUTEL = "weerbaar.locatie";
  const LABELS = document.getElementById("webchat").dataset;
  const FOUT_NETWERK = LABELS.foutNetwerk;
  const EMAIL = /^[^\s@<>()[\]\\,;:"']+@[^\s@<>()[\]\\,;:"']+\.[^\s@<>()[\]\\,;:"']+$/;

  const picker = document.getElementById("locatie");
  const log = document.getElementById("berichten");
  const form = document.getElementById("invoer");
  const tekstveld = document.getElementById("tekst");
  const verstuurknop = document.getElementById("versturen");

  // localStorage can be unavailable (privacy settings); then remember for this page only.
  const geheugen = new Map();
  function lees(sleutel) {
    try {
      return window.localStorage.getItem(sleutel);
    } catch (e) {
      return geheugen.has(sleutel) ? geheugen.get(sleutel) : null;
    }
  }
  function bewaar(sleutel, waarde) {
    geheugen.set(sleutel, waarde);
    try {
      window.localStorage.setItem(sleutel, waarde);
    } catch (e) {
      // kept in memory only
    }
  }

  // ---- the conversation of this tab ----
  // What was said is kept in sessionStorage: a reload in the same tab shows it again, with its buttons (an open
  // signal draft continues from them); closing the tab forgets it. Nothing of it is stored on the server.
  // It is kept under the page's opaque marker of who is signed in (data-gesprek-van, a hash of the session): a
  // page with another marker (someone else signed in, or logged out) drops it, so the next person at a shared PC
  // never sees it. Logging out forgets it too (vergeet.js).

  const GESPREK_SLEUTEL = "weerbaar.gesprek";
  const GESPREK_VAN = LABELS.gesprekVan || "";
  const MAX_BEWAARD = 200;
  let gesprek = [];

  function leesGesprek() {
    try {
      const bewaard = JSON.parse(window.sessionStorage.getItem(GESPREK_SLEUTEL) || "null");
      if (bewaard && bewaard.van === GESPREK_VAN && Array.isArray(bewaard.gesprek)) return bewaard.gesprek;
      window.sessionStorage.removeItem(GESPREK_SLEUTEL);
      return [];
    } catch (e) {
      return [];
    }
  }

  function onthoud(item) {
    gesprek.push(item);
    if (gesprek.length > MAX_BEWAARD) gesprek = gesprek.slice(-MAX_BEWAARD);
    for (;;) {
      try {
        window.sessionStorage.setItem(GESPREK_SLEUTEL, JSON.stringify({ van: GESPREK_VAN, gesprek }));
        return;
      } catch (e) {
        // storage full or unavailable: keep the newer half, or nothing
        if (gesprek.length <= 1) return;
        gesprek = gesprek.slice(Math.ceil(gesprek.length / 2));
      }
    }
  }

  // ---- small DOM helpers (text only) ----

  function el(tag, klasse, tekst) {
    const e = document.createElement(tag);
    if (klasse) e.className = klasse;
    if (tekst !== undefined && tekst !== null) e.textContent = String(tekst);
    return e;
  }

  function link(href, tekst) {
    const a = el("a", null, tekst);
    a.href = href;
    return a;
  }

  function tekstOf(waarde) {
    return typeof waarde === "string" ? waarde : "";
  }

  function lijst(waarde) {
    return Array.isArray(waarde) ? waarde : [];
  }

  function toonBovenaan(bericht) {
    // Show the start of the new message: long replies must be read from their first line.
    const boven = bericht.offsetTop - log.offsetTop;
    log.scrollTop = Math.max(0, boven - 8);
  }

  function voegToe(bericht) {
    log.appendChild(bericht);
    toonBovenaan(bericht);
    return bericht;
  }

  // ---- locaties ----

  function kiesLocatie(id) {
    picker.value = id;
    if (picker.value !== id) picker.value = "";
    bewaar(LOCATIE_SLEUTEL, picker.value);
  }

  async function laadLocaties() {
    try {
      const antwoord = await fetch("api/locaties", { headers: { Accept: "application/json" } });
      if (!antwoord.ok) return;
      const locaties = lijst(await antwoord.json());
      for (const l of locaties) {
        if (!l || typeof l.id !== "string") continue;
        const optie = el("option", null, tekstOf(l.naam) || l.id);
        optie.value = l.id;
        picker.appendChild(optie);
      }
      const bewaard = lees(LOCATIE_SLEUTEL);
      if (bewaard) {
        picker.value = bewaard;
        if (picker.value !== bewaard) picker.value = "";
      }
    } catch (e) {
      // Without the list the chat still works: the bot asks for the locatie itself.
    }
  }

  picker.addEventListener("change", () => bewaar(LOCATIE_SLEUTEL, picker.value));

  // ---- rendering the reply model ----

  function knop(label, actie, primair) {
    const b = el("button", primair === true ? "knop primair" : "knop", tekstOf(label));
    b.type = "button";
    b.addEventListener("click", () => drukOp(tekstOf(label), actie));
    return b;
  }

  function knoprij(knoppen) {
    const rij = el("div", "knoprij");
    for (const k of lijst(knoppen)) {
      if (k && k.actie) rij.appendChild(knop(k.label, k.actie, k.primair));
    }
    return rij;
  }

  function tekstDeel(d) {
    const soort = d.soort === "WAARSCHUWING" ? "waarschuwing" : d.soort === "NOTITIE" ? "notitie" : "normaal";
    const p = el("p", `tekst ${soort}`, tekstOf(d.tekst));
    if (soort === "waarschuwing") p.setAttribute("role", "alert");
    return p;
  }

  function knelpuntDeel(d) {
    const sectie = el("section", "knelpunt");
    const kop = el("h2", "knelpuntkop");
    kop.append(el("span", "thema", tekstOf(d.thema)), document.createTextNode(" "), el("span", "knelpunttekst", tekstOf(d.tekst)));
    sectie.appendChild(kop);
    const interventies = lijst(d.interventies);
    if (interventies.length > 0) {
      sectie.appendChild(el("p", "tussenkop", LABELS.watJeKuntDoen));
      const ol = el("ol", "interventies");
      for (const i of interventies) ol.appendChild(el("li", null, tekstOf(i)));
      sectie.appendChild(ol);
    }
    return sectie;
  }

  function aanspreekpuntDeel(d) {
    const sectie = el("section", "aanspreekpunt");
    const wie = el("p", "wie");
    const kop = d.locatie ? `${LABELS.jouwAanspreekpunt} (${tekstOf(d.locatie)}): ` : `${LABELS.jouwAanspreekpunt}: `;
    wie.append(el("strong", null, kop), document.createTextNode(tekstOf(d.naam) + (d.rol ? `, ${tekstOf(d.rol)}` : "")));
    sectie.appendChild(wie);
    const email = tekstOf(d.email).trim();
    if (email) {
      const p = el("p", "contact", LABELS.email);
      if (EMAIL.test(email)) {
        // mailto: plus the address only; a line may break after the @.
        const a = link(`mailto:${email}`);
        const at = email.indexOf("@") + 1;
        a.append(document.createTextNode(email.slice(0, at)), document.createElement("wbr"), document.createTextNode(email.slice(at)));
        p.appendChild(a);
      } else {
        p.appendChild(document.createTextNode(email));
      }
      sectie.appendChild(p);
    }
    const telefoon = tekstOf(d.telefoon).trim();
    if (telefoon) {
      const p = el("p", "contact", LABELS.telefoon);
      const nummer = telefoon.replace(/[^0-9+]/g, "");
      p.appendChild(nummer ? link(`tel:${nummer}`, telefoon) : document.createTextNode(telefoon));
      sectie.appendChild(p);
    }
    if (d.backupNaam) sectie.appendChild(el("p", "contact", LABELS.bijAfwezigheid + tekstOf(d.backupNaam)));
    return sectie;
  }

  function trainingenDeel(d) {
    const trainingen = lijst(d.trainingen);
    if (trainingen.length === 0) return null;
    const sectie = el("section", "trainingen");
    sectie.appendChild(el("h3", null, LABELS.trainingen));
    const ul = el("ul");
    for (const t of trainingen) {
      if (!t) continue;
      const li = el("li", "training");
      li.appendChild(el("strong", "naam", tekstOf(t.naam)));
      if (t.voor) li.appendChild(el("p", "voor", tekstOf(t.voor)));
      if (t.beschrijving) li.appendChild(el("p", "beschrijving", tekstOf(t.beschrijving)));
      if (t.doelgroep !== null && t.doelgroep !== undefined) {
        li.appendChild(el("p", "doelgroep", LABELS.doelgroep + tekstOf(t.doelgroep)));
      }
      ul.appendChild(li);
    }
    sectie.appendChild(ul);
    return sectie;
  }

  function herkendOpDeel(d) {
    const woorden = lijst(d.woorden).map(tekstOf).filter((w) => w);
    if (woorden.length === 0) return null;
    return el("p", "herkend", `${LABELS.herkendOp}: ${woorden.join(", ")}`);
  }

  function knoppenDeel(d) {
    const groep = el("div", "knoppen");
    groep.setAttribute("role", "group");
    if (d.vraag) {
      const vraag = el("p", "vraag", tekstOf(d.vraag));
      groep.appendChild(vraag);
      groep.setAttribute("aria-label", tekstOf(d.vraag));
    } else {
      groep.setAttribute("aria-label", LABELS.keuzes);
    }
    groep.appendChild(knoprij(d.knoppen));
    return groep;
  }

  // a number to call: a tel: link of digits only, one tap on a phone
  function bellenDeel(d) {
    const nummer = tekstOf(d.nummer);
    if (!/^\+?[0-9]+$/.test(nummer)) return null;
    const p = el("p", "bellen");
    p.appendChild(link(`tel:${nummer}`, tekstOf(d.label)));
    return p;
  }

  function overzichtDeel(d) {
    const sectie = el("section", "overzicht");
    for (const thema of lijst(d.themas)) {
      if (!thema) continue;
      sectie.appendChild(el("h3", null, tekstOf(thema.naam)));
      sectie.appendChild(knoprij(thema.knelpunten));
    }
    return sectie;
  }

  const RENDERERS = {
    tekst: tekstDeel,
    knelpunt: knelpuntDeel,
    aanspreekpunt: aanspreekpuntDeel,
    trainingen: trainingenDeel,
    herkendOp: herkendOpDeel,
    knoppen: knoppenDeel,
    overzicht: overzichtDeel,
    bellen: bellenDeel,
  };

  function toonAntwoord(antwoord, opnieuw) {
    if (!opnieuw) onthoud({ bot: antwoord });
    const bericht = el("div", "bericht bot");
    bericht.appendChild(el("span", "wie-zegt", LABELS.bot));
    for (const deel of lijst(antwoord && antwoord.onderdelen)) {
      const render = deel && Object.prototype.hasOwnProperty.call(RENDERERS, deel.type) ? RENDERERS[deel.type] : null;
      if (!render) continue; // unknown types: ignore
      const e = render(deel);
      if (e) bericht.appendChild(e);
    }
    voegToe(bericht);
  }

  function toonEigen(tekst, opnieuw) {
    if (!opnieuw) onthoud({ eigen: tekst });
    const bericht = el("div", "bericht gebruiker");
    bericht.appendChild(el("span", "wie-zegt", LABELS.jij));
    bericht.appendChild(el("p", "eigen", tekst));
    voegToe(bericht);
  }

  function toonFout(tekst) {
    const bericht = el("div", "bericht fout");
    bericht.setAttribute("role", "alert");
    bericht.appendChild(el("p", null, tekst));
    voegToe(bericht);
  }

  // ---- sending ----

  let bezig = false;

  function zetBezig(waarde) {
    bezig = waarde;
    verstuurknop.disabled = waarde;
    log.setAttribute("aria-busy", waarde ? "true" : "false");
  }

  function kopregels() {
    const koppen = { "Content-Type": "application/json", Accept: "application/json" };
    if (LABELS.csrfHeader && LABELS.csrf) koppen[LABELS.csrfHeader] = LABELS.csrf;
    return koppen;
  }

  async function verstuur(inhoud) {
    // Who is asking is the server's session cookie (HttpOnly, set on first use), sent with credentials; with
    // sign-in the page's CSRF token goes along as a header (the form's token, Spring Security's CsrfToken).
    const body = {};
    if (picker.value) body.location = picker.value;
    Object.assign(body, inhoud);
    zetBezig(true);
    try {
      let antwoord;
      try {
        antwoord = await fetch("api/chat", {
          method: "POST",
          headers: kopregels(),
          credentials: "same-origin",
          body: JSON.stringify(body),
        });
      } catch (e) {
        toonFout(FOUT_NETWERK);
        return false;
      }
      let json = null;
      try {
        json = await antwoord.json();
      } catch (e) {
        json = null;
      }
      if (antwoord.ok && json) {
        toonAntwoord(json);
        return true;
      }
      if (antwoord.status >= 400 && antwoord.status < 500 && json && typeof json.error === "string" && json.error) {
        toonFout(json.error);
      } else {
        toonFout(FOUT_NETWERK);
      }
      return false;
    } finally {
      zetBezig(false);
    }
  }

  async function verstuurTekst() {
    if (bezig) return;
    const tekst = tekstveld.value;
    if (tekst.trim() === "") {
      tekstveld.focus();
      return;
    }
    // The send button is disabled while waiting: keep the keyboard focus in the text field.
    if (document.activeElement === verstuurknop) tekstveld.focus();
    toonEigen(tekst);
    tekstveld.value = "";
    await verstuur({ text: tekst });
  }

  async function drukOp(label, actie) {
    if (bezig) return;
    if (actie && actie.type === "locatie" && actie.waarden && typeof actie.waarden.locatie === "string") {
      kiesLocatie(actie.waarden.locatie);
    }
    if (label) toonEigen(label);
    await verstuur({ action: actie });
  }

  form.addEventListener("submit", (e) => {
    e.preventDefault();
    verstuurTekst();
  });

  tekstveld.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      verstuurTekst();
    }
  });

  function toonGesprek() {
    for (const item of leesGesprek()) {
      if (item && typeof item.eigen === "string") {
        gesprek.push(item);
        toonEigen(item.eigen, true);
      } else if (item && item.bot && typeof item.bot === "object") {
        gesprek.push(item);
        toonAntwoord(item.bot, true);
      }
    }
  }

  toonGesprek();
  laadLocaties();
})();
