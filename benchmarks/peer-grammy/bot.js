// The e-ID dialog (content/flows/eid.yaml) as a plain grammY bot: the peer for docs/benchmarks.md.
// Written the way grammY's docs show it: webhookCallback on node's http server, session() with the
// Redis storage adapter (GET + SET per update), inline keyboards, ctx.answerCallbackQuery().
// Same texts and buttons as our bot (read from the same YAML), same HTML escaping, same typed-input
// conveniences (a number picks a button, a button's words, yes/no words, free text matched to examples).
"use strict";
const http = require("node:http");
const fs = require("node:fs");
const path = require("node:path");
const yaml = require("js-yaml");
const { Bot, session, webhookCallback } = require("grammy");
const { RedisAdapter } = require("@grammyjs/storage-redis");
const Redis = require("ioredis");

const env = (name, fallback) => {
  const v = process.env[name] ?? fallback;
  if (v === undefined || v === "") throw new Error(`set ${name}`);
  return v;
};
const token = env("BOT_TOKEN", "123456:GRAMMY-token");
const apiRoot = env("API_ROOT");
const port = Number(env("PORT"));
const secret = env("SECRET");
const [redisHost, redisPort] = env("REDIS").split(":");
const contentDir = env("CONTENT", path.join(__dirname, "..", "..", "content"));

// ---- content: the same files our bot reads ----
const botYaml = yaml.load(fs.readFileSync(path.join(contentDir, "bot.yaml"), "utf8"));
const flow = yaml.load(fs.readFileSync(path.join(contentDir, "flows", "eid.yaml"), "utf8"));
const fold = (s) => String(s).normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "d")
  .toLowerCase().replace(/[^a-z0-9 ]+/g, " ").replace(/\s+/g, " ").trim();
const nodes = new Map(flow.nodes.map((n) => [n.id, n]));
const yes = new Set(botYaml.yes_words.map(fold));
const no = new Set(botYaml.no_words.map(fold));
const commandWords = new Map();
for (const [cmd, words] of Object.entries(botYaml.commands)) for (const w of words) commandWords.set(fold(w), cmd);
const texts = botYaml.texts;
const examples = []; // [node id, token set]
for (const e of flow.examples ?? []) examples.push([flow.start, new Set(fold(e).split(" "))]);
for (const n of flow.nodes) for (const e of n.examples ?? []) examples.push([n.id, new Set(fold(e).split(" "))]);
const foldedLabels = new Map(flow.nodes.map((n) => [n.id, (n.buttons ?? []).map((b) => fold(b.label.vi))]));

const escapeHtml = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const guardHolds = (name, answers) => {
  const g = flow.guards[name];
  const one = (c) => answers[c.answer] === c.is;
  return g.all ? g.all.every(one) : one(g);
};

function keyboard(nodeId, canGoBack) {
  const node = nodes.get(nodeId);
  const rows = (node.buttons ?? []).map((b, i) => [{ text: b.label.vi, callback_data: `b:eid:${nodeId}:${i}` }]);
  const nav = [];
  if (canGoBack) nav.push({ text: texts.back_label.vi, callback_data: "c:back" });
  nav.push({ text: texts.menu_label.vi, callback_data: "c:menu" });
  rows.push(nav);
  return { inline_keyboard: rows };
}

function menuKeyboard() {
  return { inline_keyboard: botYaml.menu.buttons.map((b) => [{ text: b.label.vi, callback_data: `f:${b.flow}` }]) };
}

async function show(ctx, nodeId, prefix) {
  const s = ctx.session;
  if (s.node !== nodeId && s.node !== "menu") {
    s.history.push(s.node);
    if (s.history.length > 20) s.history.shift();
  }
  s.node = nodeId;
  if (nodeId === "menu") {
    s.history = [];
    return ctx.reply(escapeHtml(botYaml.menu.text.vi), { parse_mode: "HTML", reply_markup: menuKeyboard() });
  }
  const text = (prefix ? prefix + "\n\n" : "") + nodes.get(nodeId).text.vi;
  return ctx.reply(escapeHtml(text), { parse_mode: "HTML", reply_markup: keyboard(nodeId, s.history.length > 0) });
}

async function press(ctx, nodeId, index) {
  const node = nodes.get(nodeId);
  const button = node?.buttons?.[index];
  if (!button) return show(ctx, ctx.session.node === "menu" ? "menu" : ctx.session.node, texts.stale_button.vi);
  if (node.ask && button.answer) ctx.session.answers[node.ask] = button.answer;
  let target = button.goto;
  if (!target && button.next) target = button.next.find((r) => !r.if || guardHolds(r.if, ctx.session.answers)).goto;
  return show(ctx, target);
}

async function command(ctx, cmd) {
  const s = ctx.session;
  switch (cmd) {
    case "back": {
      const previous = s.history.pop();
      if (!previous) return ctx.reply(escapeHtml(texts.nothing_to_go_back_to.vi));
      s.node = previous;
      return ctx.reply(escapeHtml(nodes.get(previous).text.vi), { parse_mode: "HTML", reply_markup: keyboard(previous, s.history.length > 0) });
    }
    case "help": return ctx.reply(escapeHtml(texts.help.vi), { parse_mode: "HTML" });
    default: return show(ctx, "menu");
  }
}

function route(text) {
  const words = new Set(fold(text).split(" "));
  let best = null;
  let bestScore = 0;
  for (const [nodeId, example] of examples) {
    let common = 0;
    for (const w of words) if (example.has(w)) common++;
    const score = common / (words.size + example.size - common);
    if (score > bestScore) [best, bestScore] = [nodeId, score];
  }
  return bestScore >= 0.4 ? best : null;
}

// ---- the bot ----
const bot = new Bot(token, { client: { apiRoot } });
const redis = new Redis({ host: redisHost, port: Number(redisPort) });
bot.use(session({
  initial: () => ({ node: "menu", answers: {}, history: [] }),
  storage: new RedisAdapter({ instance: redis, ttl: 30 * 24 * 3600 }),
}));

bot.command("start", (ctx) => {
  const [flowId, nodeId] = (ctx.match ?? "").split("__");
  if (flowId === "eid") {
    ctx.session.history = [];
    ctx.session.node = "menu"; // a deep link starts the topic afresh
    return show(ctx, nodeId && nodes.has(nodeId) ? nodeId : flow.start);
  }
  return show(ctx, "menu");
});

bot.on("callback_query:data", async (ctx) => {
  await ctx.answerCallbackQuery();
  const data = ctx.callbackQuery.data;
  if (data.startsWith("c:")) return command(ctx, data.slice(2));
  if (data === "f:eid") return show(ctx, flow.start);
  if (data.startsWith("f:")) return show(ctx, "menu"); // only the e-ID flow is ported
  const [, , nodeId, index] = data.split(":");
  return press(ctx, nodeId, Number(index));
});

bot.on("message:text", (ctx) => {
  const s = ctx.session;
  const folded = fold(ctx.message.text.slice(0, 500));
  const buttons = s.node === "menu" ? botYaml.menu.buttons : nodes.get(s.node)?.buttons ?? [];
  const n = /^\d{1,2}$/.test(folded) ? Number(folded) : 0;
  if (n >= 1 && n <= buttons.length) return s.node === "menu" ? show(ctx, flow.start) : press(ctx, s.node, n - 1);
  if (s.node !== "menu") {
    const i = foldedLabels.get(s.node).indexOf(folded);
    if (i >= 0) return press(ctx, s.node, i);
    const node = nodes.get(s.node);
    if (node.ask && (yes.has(folded) || no.has(folded))) {
      const i2 = node.buttons.findIndex((b) => b.answer === (yes.has(folded) ? "yes" : "no"));
      if (i2 >= 0) return press(ctx, s.node, i2);
    }
  }
  const cmd = commandWords.get(folded);
  if (cmd) return command(ctx, cmd);
  const target = route(ctx.message.text);
  if (target) return show(ctx, target);
  return ctx.reply(escapeHtml(texts.fallback.vi), { parse_mode: "HTML", reply_markup: menuKeyboard() });
});

bot.catch((err) => console.error("update failed:", err.message));

const handle = webhookCallback(bot, "http", { secretToken: secret });
http.createServer((req, res) => {
  if (req.method === "POST" && req.url === "/telegram/webhook") return handle(req, res);
  res.statusCode = 404;
  res.end();
}).listen(port, "127.0.0.1", () => console.log(`grammY e-ID bot on 127.0.0.1:${port}, Bot API ${apiRoot}`));

const stop = () => { redis.disconnect(); process.exit(0); };
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
