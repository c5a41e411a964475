// The web chat page: no framework and no outside assets, so it works offline and leaks nothing.
// Everything shown is built as DOM nodes with textContent: nothing the bot or a resident wrote is parsed as HTML.
(() => {
  "use strict";
  const $ = id => document.getElementById(id);
  const log = $("log");
  const form = $("composer");
  const input = $("input");
  const status = $("status");
  const photo = $("photo");
  const maxImageBytes = 5 * 1024 * 1024;
  const localeKey = "webchat.locale";
  let preview = false;
  let busy = false;
  let locale = localStorage.getItem(localeKey) === "en" ? "en" : "vi";
  const words = () => window.webchatWords[locale];

  const conversationId = (() => {
    const key = "webchat.conversationId";
    let id = localStorage.getItem(key);
    if (!id || !/^[A-Za-z0-9_-]{1,64}$/.test(id)) {
      id = "w" + Array.from(crypto.getRandomValues(new Uint8Array(12)), b => b.toString(16).padStart(2, "0")).join("");
      localStorage.setItem(key, id);
    }
    return id;
  })();

  // The page's own words follow the conversation's language; remembered so a reload starts in it.
  function applyLocale(next) {
    locale = next === "en" ? "en" : "vi";
    localStorage.setItem(localeKey, locale);
    const w = words();
    document.documentElement.lang = locale;
    document.title = w.title;
    $("title").textContent = w.title;
    $("subtitle").textContent = w.subtitle;
    $("preview-badge").textContent = w.preview;
    const menu = $("menu-button");
    menu.textContent = w.menu;
    menu.setAttribute("aria-label", w.menuName);
    menu.title = w.menuName;
    log.setAttribute("aria-label", w.log);
    $("input-label").textContent = w.inputLabel;
    input.placeholder = w.placeholder;
    $("send").textContent = w.send;
    const photoButton = $("photo-button");
    photoButton.title = w.photo;
    photoButton.setAttribute("aria-label", w.photo);
    if (lastPreview) showPreview(lastPreview);
  }

  function showStatus(text) {
    status.textContent = text;
    status.hidden = !text;
  }

  function stamp(bubble) {
    const now = new Date();
    const time = document.createElement("time");
    time.className = "time";
    time.dateTime = now.toISOString();
    time.textContent = String(now.getHours()).padStart(2, "0") + ":" + String(now.getMinutes()).padStart(2, "0");
    bubble.appendChild(time);
    return bubble;
  }

  function addMine(text) {
    const div = document.createElement("div");
    div.className = "msg me";
    const body = document.createElement("div");
    body.className = "text";
    body.textContent = text;
    div.appendChild(body);
    log.appendChild(stamp(div));
  }

  function addMinePhoto(file) {
    const div = document.createElement("div");
    div.className = "msg me photo-msg";
    const img = document.createElement("img");
    img.alt = words().photoSent;
    img.src = URL.createObjectURL(file); // shown from this phone's memory only
    img.onload = () => URL.revokeObjectURL(img.src);
    div.appendChild(img);
    log.appendChild(stamp(div));
  }

  // The server marks what may be tapped (phone numbers, official addresses) in the editors' own texts
  // only, never in a scam verdict; anything else in "href" is ignored here as well.
  function textOf(reply) {
    const body = document.createElement("div");
    body.className = "text";
    if (!Array.isArray(reply.parts)) {
      body.textContent = reply.text;
      return body;
    }
    reply.parts.forEach(part => {
      const href = typeof part.href === "string" ? part.href : "";
      if (/^tel:\+?[0-9]{3,15}$/.test(href) || /^https:\/\/[^\s"<>]+$/.test(href)) {
        const a = document.createElement("a");
        a.href = href;
        if (href.startsWith("https:")) {
          a.target = "_blank";
          a.rel = "noopener noreferrer";
        }
        a.textContent = part.text;
        body.appendChild(a);
      } else {
        body.appendChild(document.createTextNode(part.text));
      }
    });
    return body;
  }

  function addReply(reply, node, why) {
    const div = document.createElement("div");
    div.className = "msg bot";
    div.appendChild(textOf(reply));
    if (preview && node) {
      const tag = document.createElement("span");
      tag.className = "node";
      tag.textContent = node;
      div.appendChild(tag);
    }
    if (preview && why) {
      const reason = document.createElement("span");
      reason.className = "why";
      reason.textContent = why;
      div.appendChild(reason);
    }
    if (reply.buttons && reply.buttons.length) {
      const chips = document.createElement("div");
      chips.className = "chips";
      reply.buttons.forEach((b, i) => {
        const isLink = typeof b.url === "string" && /^https?:\/\//.test(b.url);
        const isPhone = typeof b.url === "string" && /^tel:\+?[0-9]+$/.test(b.url);
        const chip = document.createElement(isLink || isPhone ? "a" : "button");
        chip.className = "chip";
        if (isLink) {
          chip.href = b.url;
          chip.target = "_blank";
          chip.rel = "noopener noreferrer";
        } else if (isPhone) {
          chip.href = b.url; // a phone dials it; the number is in the message text too
        } else {
          chip.type = "button";
          chip.addEventListener("click", () => send({ payload: b.payload }, b.label));
        }
        // The number and the label are separate boxes: the number never wraps away from its label.
        const num = document.createElement("span");
        num.className = "num";
        num.textContent = (i + 1) + ".";
        const label = document.createElement("span");
        label.className = "label";
        label.textContent = b.label;
        chip.append(num, label);
        chips.appendChild(chip);
      });
      div.appendChild(chips);
    }
    log.appendChild(stamp(div));
    return div;
  }

  function showTyping() {
    const div = document.createElement("div");
    div.className = "msg typing"; // looks like the bot's bubble, but is not one of its messages
    div.id = "typing";
    const text = document.createElement("span");
    text.textContent = words().typing;
    const dots = document.createElement("span");
    dots.className = "dots";
    dots.setAttribute("aria-hidden", "true");
    for (let i = 0; i < 3; i++) dots.appendChild(document.createElement("i"));
    div.append(text, dots);
    log.appendChild(div);
    log.setAttribute("aria-busy", "true");
    log.scrollTop = log.scrollHeight;
  }

  function hideTyping() {
    const typing = $("typing");
    if (typing) typing.remove();
    log.removeAttribute("aria-busy");
  }

  // A new answer is read from its first line: scroll so its top sits at the top of the conversation,
  // never to its end (a long scam verdict's headline would be hidden above).
  function reveal(first) {
    const top = first.getBoundingClientRect().top - log.getBoundingClientRect().top;
    log.scrollTop += top - 8;
  }

  // body: {text} or {payload}; or a photo as {image: File}, sent as multipart/form-data.
  async function send(body, shownAs) {
    if (busy) return;
    busy = true;
    if (body.image) addMinePhoto(body.image);
    else if (shownAs) addMine(shownAs);
    document.querySelectorAll(".chips").forEach(c => c.classList.add("old"));
    showTyping();
    // 128 random bits: the server keeps its answer for this id (sealed with it) for a day, so a
    // retry after a lost response gets the same answer instead of a second turn.
    body.messageId = "m" + Array.from(crypto.getRandomValues(new Uint8Array(16)), b => b.toString(16).padStart(2, "0")).join("");
    try {
      let response;
      for (let attempt = 0; attempt < 3; attempt++) {
        try {
          response = await fetch(`/api/webchat/${conversationId}/messages`, body.image ? {
            method: "POST",
            body: formOf(body), // the browser sets the multipart boundary
          } : {
            method: "POST",
            headers: { "Content-Type": "application/json" },
            body: JSON.stringify(body),
          });
        } catch (lost) {
          // The connection dropped: the message may or may not have arrived. The same messageId makes
          // sending it again safe either way.
          if (attempt === 2) throw lost;
          response = null;
        }
        if (response && response.status !== 503) break;
        showStatus(words().busy);
        await new Promise(r => setTimeout(r, 1500 * (attempt + 1)));
      }
      if (!response.ok) {
        const problem = await response.json().catch(() => ({}));
        hideTyping();
        showStatus(problem.detail || words().failed);
        return;
      }
      const data = await response.json();
      hideTyping();
      showStatus("");
      if (data.locale) applyLocale(data.locale);
      const where = data.flow ? data.flow + "/" + data.node : "menu";
      const added = data.replies.map((r, i) => addReply(r, where, i === 0 ? data.why : null));
      if (added.length) reveal(added[0]);
    } catch {
      hideTyping();
      showStatus(words().offline);
    } finally {
      busy = false;
    }
  }

  function formOf(body) {
    const data = new FormData();
    data.append("image", body.image);
    data.append("messageId", body.messageId);
    return data;
  }

  // Preview (an editor's draft): a refused save shows here with its errors, and goes away once fixed.
  let lastPreview = null;
  function showPreview(state) {
    lastPreview = state;
    const banner = $("preview-banner");
    // The errors in the page's language: Vietnamese lines when the server has them, else the English ones.
    const errors = locale === "vi" && Array.isArray(state.errorsVi) ? state.errorsVi
      : Array.isArray(state.errors) ? state.errors : [];
    banner.hidden = errors.length === 0;
    $("preview-banner-title").textContent = words().refused.replace("{version}", state.version || "?");
    const list = $("preview-banner-errors");
    list.replaceChildren(...errors.map(e => {
      const item = document.createElement("li");
      item.textContent = e;
      return item;
    }));
  }

  async function watchPreview() {
    try {
      const response = await fetch("/api/webchat/preview", { cache: "no-store" });
      if (response.ok) showPreview(await response.json());
    } catch {
      // the editor's server restarting: try again at the next tick
    }
  }

  $("menu-button").addEventListener("click", () => send({ payload: "c:menu" }, words().menu));
  $("photo-button").addEventListener("click", () => photo.click());
  photo.addEventListener("change", () => {
    const file = photo.files && photo.files[0];
    photo.value = "";
    if (!file) return;
    if (!/^image\/(jpeg|png|webp)$/.test(file.type)) {
      showStatus(words().photoType);
      return;
    }
    if (file.size > maxImageBytes) {
      showStatus(words().photoSize);
      return;
    }
    showStatus(words().reading);
    send({ image: file });
  });

  form.addEventListener("submit", e => {
    e.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    input.value = "";
    send({ text }, text);
  });

  applyLocale(locale);
  fetch("/api/webchat/config").then(r => r.json()).then(c => {
    preview = !!c.preview;
    $("preview-badge").hidden = !preview;
    if (preview) {
      watchPreview();
      setInterval(watchPreview, 2000);
    }
  }).catch(() => {}).finally(() => send({ payload: "c:menu" }));
})();
