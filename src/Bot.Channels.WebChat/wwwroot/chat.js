// The web chat page: no framework and no outside assets, so it works offline and leaks nothing.
(() => {
  "use strict";
  const log = document.getElementById("log");
  const form = document.getElementById("composer");
  const input = document.getElementById("input");
  const status = document.getElementById("status");
  const photo = document.getElementById("photo");
  const maxImageBytes = 5 * 1024 * 1024;
  let preview = false;
  let busy = false;

  const conversationId = (() => {
    const key = "webchat.conversationId";
    let id = localStorage.getItem(key);
    if (!id || !/^[A-Za-z0-9_-]{1,64}$/.test(id)) {
      id = "w" + Array.from(crypto.getRandomValues(new Uint8Array(12)), b => b.toString(16).padStart(2, "0")).join("");
      localStorage.setItem(key, id);
    }
    return id;
  })();

  function showStatus(text) {
    status.textContent = text;
    status.hidden = !text;
  }

  function addMine(text) {
    const div = document.createElement("div");
    div.className = "msg me";
    div.textContent = text;
    log.appendChild(div);
  }

  function addMinePhoto(file) {
    const div = document.createElement("div");
    div.className = "msg me photo-msg";
    const img = document.createElement("img");
    img.alt = "Ảnh bạn gửi";
    img.src = URL.createObjectURL(file); // shown from this phone's memory only
    img.onload = () => URL.revokeObjectURL(img.src);
    div.appendChild(img);
    log.appendChild(div);
  }

  function addReply(reply, node, why) {
    const div = document.createElement("div");
    div.className = "msg bot";
    div.textContent = reply.text;
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
        const num = document.createElement("span");
        num.className = "num";
        num.textContent = (i + 1) + ".";
        chip.append(num, document.createTextNode(" " + b.label));
        chips.appendChild(chip);
      });
      div.appendChild(chips);
    }
    log.appendChild(div);
  }

  // body: {text} or {payload}; or a photo as {image: File}, sent as multipart/form-data.
  async function send(body, shownAs) {
    if (busy) return;
    busy = true;
    if (body.image) addMinePhoto(body.image);
    else if (shownAs) addMine(shownAs);
    document.querySelectorAll(".chips").forEach(c => c.classList.add("old"));
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
        showStatus("Hệ thống đang bận, đang thử lại…");
        await new Promise(r => setTimeout(r, 1500 * (attempt + 1)));
      }
      if (!response.ok) {
        const problem = await response.json().catch(() => ({}));
        showStatus(problem.detail || "Không gửi được. Bạn thử lại nhé.");
        return;
      }
      showStatus("");
      const data = await response.json();
      const where = data.flow ? data.flow + "/" + data.node : "menu";
      data.replies.forEach((r, i) => addReply(r, where, i === 0 ? data.why : null));
      log.scrollTop = log.scrollHeight;
    } catch {
      showStatus("Mất kết nối. Kiểm tra mạng rồi thử lại.");
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

  document.getElementById("photo-button").addEventListener("click", () => photo.click());
  photo.addEventListener("change", () => {
    const file = photo.files && photo.files[0];
    photo.value = "";
    if (!file) return;
    if (!/^image\/(jpeg|png|webp)$/.test(file.type)) {
      showStatus("Ảnh phải là JPEG, PNG hoặc WebP. Bạn chụp màn hình rồi gửi lại nhé.");
      return;
    }
    if (file.size > maxImageBytes) {
      showStatus("Ảnh lớn quá (hơn 5 MB). Bạn gửi ảnh chụp màn hình thay vì ảnh chụp bằng máy ảnh nhé.");
      return;
    }
    showStatus("Đang đọc ảnh…");
    send({ image: file });
  });

  form.addEventListener("submit", e => {
    e.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    input.value = "";
    send({ text }, text);
  });

  fetch("/api/webchat/config").then(r => r.json()).then(c => {
    preview = !!c.preview;
    document.getElementById("preview-badge").hidden = !preview;
  }).catch(() => {}).finally(() => send({ payload: "c:menu" }));
})();
