// The officers' dashboard: every chart is plain SVG drawn here (no libraries, no CDN).
// Text from the server (phrases, titles) is only ever set through textContent.
"use strict";
(function () {
  const SVG = "http://www.w3.org/2000/svg";
  const COLORS = ["#0b5d1e", "#1f6fb2", "#b26a00", "#7a3f9d", "#3c8d8d", "#8a8a8a"];
  const CHANNEL_NAMES = { web: "Web", telegram: "Telegram", "zalo-oa": "Zalo OA", "zalo-bot": "Zalo Bot", other: "Khác" };
  const ROLE_NAMES = { officer: "cán bộ", approver: "người duyệt", admin: "quản trị", editor: "biên tập" };
  const CHECK_NAMES = { content: "Nội dung kịch bản", redis: "Redis", telegram: "Telegram", "zalo-oa": "Zalo OA", "zalo-bot": "Zalo Bot" };
  const STATUS_NAMES = { Healthy: "Tốt", Degraded: "Chậm", Unhealthy: "Lỗi" };
  // The alert statuses of the admin API, in the officers' words (AlertStatus.Vietnamese; a test keeps them equal).
  const ALERT_STATUS_NAMES = { pending_approval: "chờ duyệt", scheduled: "đã hẹn giờ", sending: "đang gửi", done: "đã xong", rejected: "bị từ chối", expired: "hết hạn duyệt", cancelled: "đã hủy" };
  const STATUS_COLORS = { Healthy: "#2e7d32", Degraded: "#b26a00", Unhealthy: "#b3261e" };
  const nf = new Intl.NumberFormat("vi-VN");
  // Message types and reasons of the reach report, in the officers' words (ReachWords in Bot.Broadcasts).
  const REACH_TYPES = { cs: "tin tư vấn", promotion: "tin truyền thông", transaction: "tin giao dịch", message: "tin nhắn" };
  const REACH_REASONS = { night: "ban đêm, gửi từ 6 giờ", "daily-limit": "đã nhận 1 tin hôm nay, gửi ngày mai", quota: "hết hạn mức, thử lại sau",
    "quiet-hours": "giờ nghỉ đêm", "not-following": "chưa quan tâm trang Zalo", blocked: "đã chặn", "quota-exhausted": "hết hạn mức tin truyền thông",
    "no-allowed-type": "quá 7 ngày không nhắn, không có loại tin được phép", inactive: "không còn hoạt động", "refused-type": "đã tắt loại tin này", unreachable: "không liên lạc được" };
  let days = 7;

  function el(tag, attrs, text) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function svg(tag, attrs, text) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }
  function empty(node, text) { clear(node).appendChild(el("p", { class: "empty" }, text)); }

  async function getJson(url) {
    const response = await fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } });
    if (response.status === 401) { location.href = "/admin/login"; throw new Error("signed out"); }
    if (!response.ok) throw new Error(url + " " + response.status);
    return response.json();
  }
  function showStatus(text) {
    const status = document.getElementById("status");
    status.textContent = text; status.hidden = !text;
  }

  // Stacked bars: one bar per day, one colour per channel.
  function drawConversations(stats) {
    const box = clear(document.getElementById("chart-conversations"));
    const legend = clear(document.getElementById("legend-conversations"));
    const channels = stats.channels;
    const totals = stats.days.map(d => channels.reduce((s, c) => s + (d.conversations[c] || 0), 0));
    if (totals.every(t => t === 0)) { empty(box, "Chưa có lượt trò chuyện nào trong khoảng này."); return; }
    const W = 360, H = 190, left = 28, bottom = 22, top = 8;
    const max = Math.max(1, ...totals);
    const chart = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "Biểu đồ lượt trò chuyện theo ngày" });
    for (let i = 0; i <= 4; i++) {
      const v = Math.round(max * i / 4), y = H - bottom - (H - bottom - top) * i / 4;
      chart.appendChild(svg("line", { x1: left, x2: W, y1: y, y2: y, stroke: "#e6e6e6" }));
      chart.appendChild(svg("text", { x: left - 4, y: y + 4, "text-anchor": "end" }, nf.format(v)));
    }
    const step = (W - left) / stats.days.length, bw = Math.max(2, step * 0.7);
    stats.days.forEach((d, i) => {
      let y = H - bottom;
      const x = left + i * step + (step - bw) / 2;
      channels.forEach((c, ci) => {
        const n = d.conversations[c] || 0;
        if (!n) return;
        const h = (H - bottom - top) * n / max;
        y -= h;
        const rect = svg("rect", { x, y, width: bw, height: h, fill: COLORS[ci % COLORS.length], "data-channel": c });
        rect.appendChild(svg("title", {}, `${d.date} · ${CHANNEL_NAMES[c] || c}: ${nf.format(n)}`));
        chart.appendChild(rect);
      });
      const every = Math.ceil(stats.days.length / 10);
      if (i % every === 0 || i === stats.days.length - 1) {
        chart.appendChild(svg("text", { x: x + bw / 2, y: H - 8, "text-anchor": "middle" }, d.date.slice(8) + "/" + d.date.slice(5, 7)));
      }
    });
    box.appendChild(chart);
    channels.forEach((c, ci) => {
      const item = el("span");
      const sum = stats.days.reduce((s, d) => s + (d.conversations[c] || 0), 0);
      item.appendChild(el("i")).style.background = COLORS[ci % COLORS.length];
      item.appendChild(document.createTextNode(`${CHANNEL_NAMES[c] || c}: ${nf.format(sum)}`));
      legend.appendChild(item);
    });
  }

  // Three horizontal bars: understood, several choices offered, not understood.
  function drawRouting(stats) {
    const box = clear(document.getElementById("chart-routing"));
    const rows = [["matched", "Hiểu ngay", "#2e7d32"], ["ambiguous", "Phải hỏi lại", "#b26a00"], ["fallback", "Chưa hiểu", "#b3261e"]];
    const total = rows.reduce((s, r) => s + (stats.routing[r[0]] || 0), 0);
    if (!total) { empty(box, "Chưa có câu hỏi gõ tay nào."); return; }
    const W = 360, row = 30;
    const chart = svg("svg", { viewBox: `0 0 ${W} ${rows.length * row}`, role: "img", "aria-label": "Tỉ lệ câu hỏi bot hiểu" });
    rows.forEach(([key, label, color], i) => {
      const n = stats.routing[key] || 0, w = (W - 170) * n / total, y = i * row + 5;
      chart.appendChild(svg("text", { x: 0, y: y + 14, class: "row-label" }, label));
      const bar = svg("rect", { x: 92, y, width: Math.max(n ? 2 : 0, w), height: 20, rx: 3, fill: color, "data-routing": key });
      chart.appendChild(bar);
      chart.appendChild(svg("text", { x: 97 + w, y: y + 14, class: "row-count" }, `${nf.format(n)} (${Math.round(100 * n / total)}%)`));
    });
    box.appendChild(chart);
  }

  // One funnel per flow: a bar per step, its drop-off part in red.
  function drawFunnels(stats) {
    const box = clear(document.getElementById("funnels"));
    const flows = stats.flows.filter(f => f.started > 0 || f.steps.some(s => s.entered > 0));
    if (!flows.length) { empty(box, "Chưa có ai đi qua các hướng dẫn trong khoảng này."); return; }
    for (const flow of flows) {
      const section = el("div", { class: "funnel", "data-flow": flow.id });
      const head = el("h3", {}, flow.title + " ");
      const rate = flow.started ? Math.round(100 * flow.finished / flow.started) : 0;
      head.appendChild(el("span", { class: "sum" }, `· bắt đầu ${nf.format(flow.started)}, tới cuối ${nf.format(flow.finished)} (${rate}%)`));
      section.appendChild(head);
      const max = Math.max(1, ...flow.steps.map(s => s.entered));
      for (const step of flow.steps) {
        const row = el("div", { class: "step" });
        row.appendChild(el("span", { class: "label", title: step.label }, step.label));
        const bar = svg("svg", { viewBox: "0 0 300 18", preserveAspectRatio: "none", role: "img",
          "aria-label": `${step.label}: tới ${step.entered}, dừng ${step.dropped}` });
        const w = 300 * step.entered / max, d = 300 * step.dropped / max;
        bar.appendChild(svg("rect", { x: 0, y: 2, width: 300, height: 14, fill: "#eef2ee", rx: 3 }));
        bar.appendChild(svg("rect", { x: 0, y: 2, width: w, height: 14, fill: "#0b5d1e", rx: 3, class: "entered" }));
        if (d > 0) bar.appendChild(svg("rect", { x: w - d, y: 2, width: d, height: 14, fill: "#b3261e", class: "dropped" }));
        row.appendChild(bar);
        const num = step.final ? `${nf.format(step.entered)} · kết thúc` : `${nf.format(step.entered)} · dừng ${nf.format(step.dropped)}`;
        row.appendChild(el("span", { class: "num" }, num));
        section.appendChild(row);
      }
      box.appendChild(section);
    }
  }

  function drawFallback(stats) {
    const list = clear(document.getElementById("fallback"));
    if (!stats.fallback.length) { list.appendChild(el("li", { class: "empty" }, "Không có câu nào bot chưa hiểu.")); return; }
    const max = Math.max(...stats.fallback.map(p => p.count));
    for (const phrase of stats.fallback) {
      const item = el("li");
      item.appendChild(el("span", { class: "text" }, phrase.text));
      item.appendChild(el("span", { class: "count" }, "× " + nf.format(phrase.count)));
      const bar = el("span", { class: "bar" });
      bar.style.width = Math.max(4, 100 * phrase.count / max) + "%";
      item.appendChild(bar);
      list.appendChild(item);
    }
  }

  function drawBroadcasts(items) {
    const box = clear(document.getElementById("broadcasts"));
    if (!items.length) { empty(box, "Chưa có cảnh báo nào."); return; }
    const parts = [["sent", "Đã nhận", "#2e7d32"], ["blocked", "Đã chặn bot", "#b26a00"], ["failed", "Lỗi", "#b3261e"], ["pending", "Đang chờ", "#c9d3c9"]];
    for (const b of items) {
      const div = el("div", { class: "bc", "data-broadcast": b.id });
      div.appendChild(el("div", { class: "title" }, b.title));
      const when = new Date(b.createdAt).toLocaleString("vi-VN", { dateStyle: "short", timeStyle: "short" });
      const pct = b.total ? Math.round(100 * b.sent / b.total) : 0;
      div.appendChild(el("div", { class: "meta" }, `${b.area} · ${when} · ${statusName(b)} · ${pct}% đã nhận`));
      const bar = svg("svg", { viewBox: "0 0 300 16", preserveAspectRatio: "none", role: "progressbar",
        "aria-valuemin": 0, "aria-valuemax": b.total, "aria-valuenow": b.sent, "aria-label": "Tiến độ gửi" });
      let x = 0;
      for (const [key, , color] of parts) {
        const w = b.total ? 300 * b[key] / b.total : 0;
        if (w > 0) bar.appendChild(svg("rect", { x, y: 0, width: w, height: 16, fill: color, class: key }));
        x += w;
      }
      div.appendChild(bar);
      const table = el("table");
      for (const [key, label] of parts) {
        const tr = el("tr");
        tr.appendChild(el("td", {}, label));
        tr.appendChild(el("td", { class: "n" }, nf.format(b[key])));
        table.appendChild(tr);
      }
      for (const [channel, n] of Object.entries(b.byChannel || {})) {
        const tr = el("tr");
        tr.appendChild(el("td", {}, "· qua " + (CHANNEL_NAMES[channel] || channel)));
        tr.appendChild(el("td", { class: "n" }, nf.format(n)));
        table.appendChild(tr);
      }
      // Each channel's reach with reasons, so every subscriber is accounted for (issue 20).
      for (const r of b.reach || []) {
        const add = (label, n) => {
          const tr = el("tr", { "data-reach": r.channel });
          tr.appendChild(el("td", {}, label));
          tr.appendChild(el("td", { class: "n" }, nf.format(n)));
          table.appendChild(tr);
        };
        add(`${CHANNEL_NAMES[r.channel] || r.channel}: người đăng ký`, r.subscribers);
        for (const [type, n] of Object.entries(r.reached)) add(`· đã nhận (${REACH_TYPES[type] || type})`, n);
        for (const [why, n] of Object.entries(r.waiting)) add(`· chờ gửi sau (${REACH_REASONS[why] || why})`, n);
        for (const [why, n] of Object.entries(r.skipped)) add(`· không gửi được (${REACH_REASONS[why] || why})`, n);
        if (r.failed) add("· lỗi", r.failed);
        if (r.notYetTried) add("· chưa gửi", r.notYetTried);
      }
      div.appendChild(table);
      box.appendChild(div);
    }
  }
  function statusName(b) {
    const name = ALERT_STATUS_NAMES[b.status] || b.status;
    if (b.status !== "scheduled" || !b.sendAfter) return name;
    // Officers read Vietnam time whatever the browser's zone.
    const at = new Date(b.sendAfter).toLocaleString("vi-VN", { timeZone: "Asia/Ho_Chi_Minh", hour: "2-digit", minute: "2-digit", day: "2-digit", month: "2-digit" });
    return `${name}, gửi lúc ${at}`;
  }

  function drawStatus(status) {
    document.getElementById("who").textContent = `${status.signedInAs} (${ROLE_NAMES[status.role] || status.role})`;
    const facts = clear(document.getElementById("content"));
    const add = (k, v, cls) => { facts.appendChild(el("dt", {}, k)); facts.appendChild(el("dd", cls ? { class: cls } : {}, v)); };
    add("Phiên bản", status.content.version);
    add("Nạp lúc", new Date(status.content.loadedAt).toLocaleString("vi-VN"));
    add("Số hướng dẫn", nf.format(status.content.flows));
    add("Lần nạp lại gần nhất", status.content.lastReloadAt ? new Date(status.content.lastReloadAt).toLocaleString("vi-VN") : "chưa nạp lại");
    add("Lỗi nạp lại", status.content.lastReloadError || "không có", status.content.lastReloadError ? "bad" : "");
    add("Lưu thống kê", status.analyticsStore === "redis" ? "Redis" : "bộ nhớ (mất khi khởi động lại)");
    const list = clear(document.getElementById("health"));
    for (const check of status.checks) {
      const li = el("li", { "data-check": check.name, "data-status": check.status });
      const dot = el("span", { class: "dot" });
      dot.style.background = STATUS_COLORS[check.status] || "#888";
      li.appendChild(dot);
      li.appendChild(el("b", {}, CHECK_NAMES[check.name] || check.name));
      li.appendChild(el("span", {}, STATUS_NAMES[check.status] || check.status));
      if (check.description) li.appendChild(el("span", { class: "desc" }, check.description));
      list.appendChild(li);
    }
  }

  // The procedure cards, read-only: which exist, when a person last checked them, whether a source is official.
  function drawCards(cards) {
    const box = clear(document.getElementById("cards"));
    if (!cards.length) { empty(box, "Chưa có thẻ thủ tục nào."); return; }
    const table = el("table", { class: "cards" });
    const head = el("tr");
    for (const h of ["Mã", "Chủ đề", "Tên thủ tục", "Kiểm tra ngày", "Nguồn chính thức"]) head.appendChild(el("th", {}, h));
    table.appendChild(head);
    for (const c of cards) {
      const tr = el("tr", { "data-card": c.id });
      tr.appendChild(el("td", { class: "id", title: c.file }, c.id));
      tr.appendChild(el("td", {}, c.topic));
      tr.appendChild(el("td", {}, c.title));
      tr.appendChild(el("td", c.reviewed ? {} : { class: "bad" }, c.reviewed ? c.reviewed.split("-").reverse().join("/") : "chưa kiểm tra"));
      tr.appendChild(el("td", c.officialSource ? { class: "ok" } : { class: "bad" },
        (c.officialSource ? "có" : "không") + ` (${nf.format(c.sources)} nguồn)`));
      table.appendChild(tr);
    }
    box.appendChild(table);
  }

  // The misunderstood inbox (editors and admins): assign a phrase to a topic, or dismiss it.
  const INBOX_ROLES = ["editor", "admin"];
  let role = null, flowTitles = {};
  function drawInbox(entries) {
    const list = clear(document.getElementById("inbox"));
    if (!entries.length) { list.appendChild(el("li", { class: "empty" }, "Không còn câu nào chờ gán.")); return; }
    const title = flow => flowTitles[flow] || flow;
    for (const entry of entries) {
      const item = el("li", { "data-miss": entry.id });
      item.appendChild(el("span", { class: "text" }, entry.text));
      const seen = new Date(entry.lastSeen).toLocaleString("vi-VN", { dateStyle: "short", timeStyle: "short" });
      item.appendChild(el("span", { class: "count" }, `× ${nf.format(entry.count)} · lần cuối ${seen}`));
      const actions = el("div", { class: "actions" });
      for (const s of entry.suggestions) {
        const label = `Gán: ${title(s.flow)}${s.node ? " › " + s.node : ""} (${Math.round(100 * s.score)}%)`;
        const button = el("button", { type: "button", class: "assign", "data-flow": s.flow }, label);
        if (s.node) button.dataset.node = s.node;
        button.addEventListener("click", () => assign(entry.id, s.flow, s.node));
        actions.appendChild(button);
      }
      const other = el("select", { class: "other", "aria-label": "Chủ đề khác" });
      other.appendChild(el("option", { value: "" }, "Chủ đề khác…"));
      for (const [id, name] of Object.entries(flowTitles)) other.appendChild(el("option", { value: id }, name));
      other.addEventListener("change", () => { if (other.value) assign(entry.id, other.value, null); });
      actions.appendChild(other);
      const dismiss = el("button", { type: "button", class: "dismiss" }, "Bỏ qua");
      dismiss.addEventListener("click", () => send("DELETE", entry.id, null, "Đã bỏ qua câu này."));
      actions.appendChild(dismiss);
      item.appendChild(actions);
      list.appendChild(item);
    }
  }
  function assign(id, flow, node) {
    send("POST", id + "/assign", node ? { flow, node } : { flow }, r => `Đã thêm câu mẫu vào «${flowTitles[flow] || flow}». Phiên bản nội dung mới: ${r.version}.`);
  }
  async function send(method, path, body, done) {
    const response = await fetch("/api/admin/understanding/misses/" + path, {
      method, credentials: "same-origin",
      headers: body ? { "Content-Type": "application/json", Accept: "application/json" } : { Accept: "application/json" },
      body: body ? JSON.stringify(body) : undefined,
    });
    const result = response.status === 204 ? {} : await response.json().catch(() => ({}));
    showStatus(response.ok ? (typeof done === "function" ? done(result) : done) : `Không làm được: ${result.title || response.status}. ${result.detail || ""}`);
    document.getElementById("status").dataset.ok = String(response.ok);
    await loadInbox();
  }
  async function loadInbox() {
    const card = document.getElementById("card-inbox");
    card.hidden = !INBOX_ROLES.includes(role);
    if (card.hidden) return;
    drawInbox(await getJson("/api/admin/understanding/misses?limit=30"));
  }

  async function loadStats() {
    const stats = await getJson("/api/admin/stats?days=" + days);
    flowTitles = Object.fromEntries(stats.flows.map(f => [f.id, f.title]));
    drawConversations(stats); drawRouting(stats); drawFunnels(stats); drawFallback(stats);
  }
  async function loadBroadcasts() { drawBroadcasts(await getJson("/api/admin/broadcasts")); }
  async function loadStatus() {
    const status = await getJson("/api/admin/status");
    drawStatus(status);
    role = status.role;
  }
  async function loadCards() { drawCards(await getJson("/api/admin/cards")); }

  async function refresh(all) {
    try {
      await Promise.all(all ? [loadStats(), loadBroadcasts(), loadStatus(), loadCards()] : [loadBroadcasts()]);
      if (all) await loadInbox(); // after the status (the role) and the stats (the topics' names)
      showStatus("");
      document.body.dataset.loaded = "true";
    } catch (e) {
      showStatus("Không tải được số liệu. Đang thử lại…");
    }
  }

  document.querySelectorAll(".range button").forEach(button => button.addEventListener("click", () => {
    days = Number(button.dataset.days);
    document.querySelectorAll(".range button").forEach(b => b.classList.toggle("on", b === button));
    refresh(true);
  }));
  refresh(true);
  setInterval(() => refresh(false), 5000);   // progress bars move while a broadcast is sending
  setInterval(() => refresh(true), 60000);
})();
