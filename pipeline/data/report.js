// The report's behaviour (pipeline/report.py inlines this file): charts drawn as SVG,
// a filtered table, and filters read from and written to the address (#q=…&theme=…&kommun=…).
(function () {
  "use strict";
  const SVG = "http://www.w3.org/2000/svg";
  const PALETTE = ["#2563eb", "#dc2626", "#16a34a", "#9333ea", "#ea580c", "#0891b2", "#4d7c0f", "#be185d"];
  const SHOWN = 300; // table rows drawn at once
  const TOP_KOMMUNER = 25;

  const data = JSON.parse(document.getElementById("data").textContent);
  const col = {};
  data.columns.forEach((name, i) => { col[name] = i; });
  const counts = data.counts.map(([theme, kommun, year, n]) => ({ theme, kommun, year, n }));
  const state = { q: "", theme: "", kommun: "" };
  const $ = (id) => document.getElementById(id);

  function el(tag, attrs, text) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function sum(rows, key) {
    const totals = new Map();
    for (const r of rows) totals.set(r[key], (totals.get(r[key]) || 0) + r.n);
    return totals;
  }

  function ranked(totals) {
    return [...totals.entries()].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0]), "sv"));
  }

  // ------------------------------------------------------------------ address

  function readAddress() {
    const params = new URLSearchParams(location.hash.slice(1) || location.search.slice(1));
    for (const key of Object.keys(state)) state[key] = params.get(key) || "";
  }

  function writeAddress() {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(state)) if (value) params.set(key, value);
    try {
      history.replaceState(null, "", "#" + params.toString());
    } catch (e) {
      // some browsers refuse history changes on file:// pages; the filters still work
    }
  }

  // ------------------------------------------------------------------ charts

  function heatmap() {
    const themes = ranked(sum(counts, "theme")).map(([t]) => t);
    const kommuner = ranked(sum(counts, "kommun")).slice(0, TOP_KOMMUNER).map(([k]) => k);
    if (state.kommun && !kommuner.includes(state.kommun)) kommuner.push(state.kommun);
    const cells = new Map();
    for (const r of counts) {
      const key = r.theme + "\u0000" + r.kommun;
      cells.set(key, (cells.get(key) || 0) + r.n);
    }
    const max = Math.max(1, ...cells.values());
    const left = 240, top = 100, size = 18;
    const svg = el("svg", { width: left + kommuner.length * size + 60, height: top + themes.length * size + 10,
                            role: "img", "aria-label": "Beslut per tema och kommun" });
    kommuner.forEach((k, x) => {
      const cx = left + x * size + size / 2;
      svg.append(el("text", { x: cx, y: top - 6, transform: `rotate(-55 ${cx} ${top - 6})` }, k));
    });
    themes.forEach((t, y) => {
      svg.append(el("text", { x: left - 6, y: top + y * size + 13, "text-anchor": "end" }, data.labels[t] || t));
      kommuner.forEach((k, x) => {
        const n = cells.get(t + "\u0000" + k) || 0;
        const chosen = (state.theme || state.kommun) && (!state.theme || state.theme === t) &&
          (!state.kommun || state.kommun === k);
        const rect = el("rect", {
          class: "cell" + (chosen ? " chosen" : ""), x: left + x * size, y: top + y * size, width: size, height: size,
          fill: n ? `rgba(37, 99, 235, ${0.12 + 0.88 * Math.sqrt(n / max)})` : "#f3f4f6",
          "data-theme": t, "data-kommun": k, "data-n": n,
        });
        rect.append(el("title", {}, `${data.labels[t] || t} · ${k}: ${n} beslut`));
        rect.addEventListener("click", () => {
          const same = state.theme === t && state.kommun === k;
          set({ theme: same ? "" : t, kommun: same ? "" : k });
        });
        svg.append(rect);
      });
    });
    $("heatmap").replaceChildren(svg);
  }

  function trend() {
    const rows = counts.filter((r) => r.year > 0 && (!state.kommun || r.kommun === state.kommun));
    const chosen = state.theme ? [state.theme] : ranked(sum(rows, "theme")).slice(0, PALETTE.length).map(([t]) => t);
    const dated = counts.filter((r) => r.year > 0).map((r) => r.year);
    const years = [];
    for (let y = Math.min(...dated); y <= Math.max(...dated); y++) years.push(y);
    $("trend-caption").textContent = "Beslut per år och tema" + (state.kommun ? " i " + state.kommun : "");
    if (!years.length) {
      $("trend").replaceChildren(document.createTextNode("Inga daterade beslut."));
      return;
    }
    const series = chosen.map((t) => {
      const perYear = sum(rows.filter((r) => r.theme === t), "year");
      return { theme: t, points: years.map((y) => [y, perYear.get(y) || 0]) };
    });
    const max = Math.max(1, ...series.flatMap((s) => s.points.map((p) => p[1])));
    const w = 560, h = 260, left = 44, bottom = 28, top = 10, right = 24;
    const x = (y) => left + (years.length === 1 ? (w - left - right) / 2 : (y - years[0]) / (years[years.length - 1] - years[0]) * (w - left - right));
    const yScale = (n) => h - bottom - n / max * (h - bottom - top);
    const svg = el("svg", { width: w, height: h, role: "img", "aria-label": "Beslut per år och tema" });
    svg.append(el("line", { class: "axis", x1: left, y1: h - bottom, x2: w - right, y2: h - bottom }));
    svg.append(el("line", { class: "axis", x1: left, y1: top, x2: left, y2: h - bottom }));
    for (const tick of [0, Math.round(max / 2), max]) {
      svg.append(el("text", { x: left - 6, y: yScale(tick) + 4, "text-anchor": "end" }, String(tick)));
    }
    const step = Math.max(1, Math.ceil(years.length / 9));
    years.forEach((y, i) => {
      if (i % step === 0 || i === years.length - 1) {
        svg.append(el("text", { x: x(y), y: h - bottom + 16, "text-anchor": "middle" }, String(y)));
      }
    });
    const legend = document.createElement("div");
    legend.className = "legend";
    series.forEach((s, i) => {
      const colour = PALETTE[i % PALETTE.length];
      const line = el("polyline", { class: "line", stroke: colour, "data-theme": s.theme,
                                    points: s.points.map(([yr, n]) => `${x(yr)},${yScale(n)}`).join(" ") });
      line.append(el("title", {}, data.labels[s.theme] || s.theme));
      svg.append(line);
      const item = document.createElement("span");
      const swatch = document.createElement("i");
      swatch.style.background = colour;
      item.append(swatch, data.labels[s.theme] || s.theme);
      legend.append(item);
    });
    $("trend").replaceChildren(svg, legend);
  }

  // ------------------------------------------------------------------ table

  function matches(row, words) {
    if (state.theme && !(row[col.themes] || []).includes(state.theme)) return false;
    if (state.kommun && row[col.municipality] !== state.kommun) return false;
    if (!words.length) return true;
    const hay = [row[col.text], row[col.title], row[col.organ], row[col.municipality], row[col.file_name]]
      .join(" ").toLocaleLowerCase("sv");
    return words.every((w) => hay.includes(w));
  }

  function highlight(td, text, words) {
    if (!words.length || !text) {
      td.textContent = text || "";
      return;
    }
    const lower = text.toLocaleLowerCase("sv");
    let at = 0;
    while (at < text.length) {
      let next = -1, word = "";
      for (const w of words) {
        const i = lower.indexOf(w, at);
        if (i >= 0 && (next < 0 || i < next)) { next = i; word = w; }
      }
      if (next < 0) break;
      td.append(text.slice(at, next));
      const mark = document.createElement("mark");
      mark.textContent = text.slice(next, next + word.length);
      td.append(mark);
      at = next + word.length;
    }
    td.append(text.slice(at));
  }

  function table() {
    const words = state.q.toLocaleLowerCase("sv").split(/\s+/).filter(Boolean);
    const found = data.rows.filter((row) => matches(row, words));
    const body = document.createElement("tbody");
    for (const row of found.slice(0, SHOWN)) {
      const tr = document.createElement("tr");
      tr.dataset.row = "";
      const cells = [row[col.meeting_date], row[col.municipality], row[col.organ], row[col.paragraph], row[col.title]];
      for (const [i, value] of cells.entries()) {
        const td = document.createElement("td");
        if (i === 0 || i === 3) td.className = "nowrap";
        td.textContent = value == null ? "" : value;
        tr.append(td);
      }
      const text = document.createElement("td");
      text.className = "text";
      highlight(text, row[col.text], words);
      const tags = document.createElement("td");
      for (const t of row[col.themes] || []) {
        const tag = document.createElement("span");
        tag.className = "tag";
        tag.textContent = data.labels[t] || t;
        tags.append(tag);
      }
      const source = document.createElement("td");
      source.className = "source";
      source.textContent = `${row[col.file_name] || ""} s. ${row[col.page_no] ?? "?"}`;
      tr.append(text, tags, source);
      body.append(tr);
    }
    $("decisions").tBodies[0].replaceWith(body);
    const carried = data.rows.length < data.total ? ` (filen bär de ${data.rows.length} första av ${data.total})` : "";
    $("count").textContent = `${found.length} beslut matchar` +
      (found.length > SHOWN ? `, de ${SHOWN} första visas` : "") + carried + ".";
    $("count").dataset.matches = found.length;
  }

  // ------------------------------------------------------------------ wiring

  function render() {
    $("q").value = state.q;
    $("theme").value = state.theme;
    $("kommun").value = state.kommun;
    heatmap();
    trend();
    table();
    document.body.dataset.ready = "true";
  }

  function set(changes) {
    Object.assign(state, changes);
    writeAddress();
    render();
  }

  function fillSelect(select, entries) {
    for (const [value, label] of entries) {
      const option = document.createElement("option");
      option.value = value;
      option.textContent = label;
      select.append(option);
    }
  }

  function start() {
    const themes = Object.keys(data.labels).filter((t) => counts.some((r) => r.theme === t));
    fillSelect($("theme"), themes.map((t) => [t, data.labels[t]]).sort((a, b) => a[1].localeCompare(b[1], "sv")));
    const kommuner = [...new Set(counts.map((r) => r.kommun))].sort((a, b) => a.localeCompare(b, "sv"));
    fillSelect($("kommun"), kommuner.map((k) => [k, k]));
    const filters = Object.entries(data.filters).map(([k, v]) => `${k}: ${v}`).join(", ");
    $("summary").textContent = `${data.total} beslut i ${kommuner.length} kommuner` + (filters ? ` (${filters})` : "") + ".";
    $("made").textContent = `Skapad av ${data.made}. Allt ligger i den här filen; inget hämtas från nätet.`;
    let typing;
    $("q").addEventListener("input", () => {
      clearTimeout(typing);
      typing = setTimeout(() => set({ q: $("q").value.trim() }), 150);
    });
    $("theme").addEventListener("change", () => set({ theme: $("theme").value }));
    $("kommun").addEventListener("change", () => set({ kommun: $("kommun").value }));
    $("reset").addEventListener("click", () => set({ q: "", theme: "", kommun: "" }));
    window.addEventListener("hashchange", () => { readAddress(); render(); });
    readAddress();
    render();
  }

  start();
})();
