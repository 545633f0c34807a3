// quizapp live: the student page. Talks to the teacher's app over one WebSocket
// (protocol quizapp-live/1, docs/live.md). Pack text is inserted with textContent only.
"use strict";

(function () {
  const STORE = "quizapp-live-seat";
  const $ = (id) => document.getElementById(id);
  const views = ["join-view", "wait-view", "question-view", "reveal-view", "end-view"];
  const LETTERS = "ABCDEFGHI";  // the letters the board shows beside choices and items

  let socket = null;
  let seat = loadSeat();      // {token, session, name} kept across reloads and locked phones
  let pendingJoin = null;     // {pin, name} until the host answers
  let pendingAnswer = null;   // {number, value, text} until "received"
  let question = null;        // the question message on screen
  let ended = false;
  let retryDelay = 1000;
  let timer = null;
  let deadline = 0;
  let lost = false;           // the connection dropped and the page is trying again

  function loadSeat() {
    try {
      const data = JSON.parse(localStorage.getItem(STORE) || "null");
      return data && typeof data.token === "string" ? data : null;
    } catch (e) {
      return null;
    }
  }

  function saveSeat(value) {
    seat = value;
    try {
      if (value) localStorage.setItem(STORE, JSON.stringify(value));
      else localStorage.removeItem(STORE);
    } catch (e) { /* private browsing: the seat lasts as long as the page */ }
  }

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  function button(text, onClick, className) {
    const node = el("button", text, className);
    node.type = "button";
    node.addEventListener("click", onClick);
    return node;
  }

  function show(id, focusId) {
    for (const view of views) $(view).hidden = view !== id;
    if (focusId) $(focusId).focus();
  }

  // Screen readers hear ``announce`` (a hidden live region); everyone sees ``setStatus``.
  // (emptied first and filled a moment later, so a repeated message is read again; a newer
  // message or a clearing cancels one still waiting)
  let announcing = 0;
  function announce(text) {
    window.clearTimeout(announcing);
    $("announce").textContent = "";
    if (text) announcing = window.setTimeout(() => { $("announce").textContent = text; }, 50);
  }

  function setStatus(text, kind) {
    const line = $("status");
    line.textContent = text || "";
    line.className = "status" + (kind ? " " + kind : "");
  }

  function showError(text) { $("error").textContent = text || ""; }

  // -- the connection ------------------------------------------------------------------------
  function connect() {
    if (socket && socket.readyState <= 1) return;
    const scheme = location.protocol === "https:" ? "wss://" : "ws://";
    socket = new WebSocket(scheme + location.host + "/socket");
    socket.addEventListener("open", () => {
      retryDelay = 1000;
      if (lost) {
        lost = false;
        setStatus("");
        announce("Connected again.");
      }
      if (seat) send({ type: "rejoin", token: seat.token });
      else if (pendingJoin) send({ type: "join", pin: pendingJoin.pin, name: pendingJoin.name });
    });
    socket.addEventListener("message", (event) => {
      let message;
      try { message = JSON.parse(event.data); } catch (e) { return; }
      if (message && typeof message.type === "string") handle(message);
    });
    socket.addEventListener("close", () => {
      socket = null;
      if (ended || !seat) {
        $("join").disabled = false;
        return;
      }
      setStatus("Connection lost. Reconnecting…", "warn");
      if (!lost) announce("Connection lost. Reconnecting…");  // once, not at every retry
      lost = true;
      window.setTimeout(connect, retryDelay);
      retryDelay = Math.min(retryDelay * 2, 10000);
    });
  }

  function send(message) {
    if (socket && socket.readyState === 1) socket.send(JSON.stringify(message));
  }

  // -- messages from the host ----------------------------------------------------------------
  function handle(message) {
    switch (message.type) {
      case "joined": return joined(message);
      case "lobby": return lobby(message);
      case "question": return showQuestion(message);
      case "received": return received(message);
      case "closed": return closed(message);
      case "reveal": return reveal(message);
      case "ended": return finish(message);
      case "error": return failed(message);
      default: return undefined;
    }
  }

  function joined(message) {
    pendingJoin = null;
    saveSeat({ token: message.token, session: message.session, name: message.name });
    showError("");
    $("title").textContent = message.title;
    $("who").textContent = message.name;
    $("who").hidden = false;
  }

  function lobby(message) {
    $("title").textContent = message.title;
    $("wait-heading").textContent = "You're in, " + message.name + "!";
    $("wait-text").textContent = "Waiting for the teacher to start.";
    setStatus("");
    show("wait-view", "wait-heading");
  }

  function failed(message) {
    const text = String(message.message || "Something went wrong.");
    switch (message.code) {
      case "bad_pin":
      case "rate_limited":
        showError(text);
        $("join").disabled = false;
        $("pin").focus();
        return;
      case "name_taken":
      case "name_required":
      case "name_too_long":
        showError(text);
        $("join").disabled = false;
        $("name").focus();
        return;
      case "unknown_seat":
        saveSeat(null);
        show("join-view", "pin");
        showError(text);
        return;
      case "moved":
        ended = true;
        showError(text);
        return;
      case "already":
        return received({ number: pendingAnswer ? pendingAnswer.number : 0 });
      default:
        showError(text);
    }
  }

  // -- a question ----------------------------------------------------------------------------
  function showQuestion(message) {
    const fresh = !question || question.number !== message.number || question.type !== "question";
    question = message;
    showError("");
    if (fresh) {  // the last reveal's news is old now
      announce("");
      setStatus("");
    }
    $("q-number").textContent = "Question " + message.number + " of " + message.total;
    $("q-prompt").textContent = message.prompt;
    startTimer(message.seconds_left);
    const area = $("q-answer");
    area.replaceChildren();
    if (message.answered) {
      $("q-hint").textContent = "";
      sentState(message.your_answer || "");
    } else if (!message.open) {
      $("q-hint").textContent = "Time is up for this question.";
    } else {
      area.append(answerInput(message));
      if (pendingAnswer && pendingAnswer.number === message.number) {
        submit(pendingAnswer.value, pendingAnswer.text); // sent before the connection dropped
      }
    }
    show("question-view", fresh ? "q-prompt" : null);
  }

  function startTimer(seconds) {
    window.clearInterval(timer);
    $("q-timer").textContent = "";
    if (seconds === null || seconds === undefined) return;
    deadline = Date.now() + seconds * 1000;
    const tick = () => {
      const left = Math.max(0, Math.round((deadline - Date.now()) / 1000));
      $("q-timer").textContent = left + " s left";
      if (left <= 0) window.clearInterval(timer);
    };
    tick();
    timer = window.setInterval(tick, 1000);
  }

  function answerInput(message) {
    switch (message.kind) {
      case "single":
        $("q-hint").textContent = "Tap your answer.";
        return choiceList(message.choices, (index) => submit(index, message.choices[index]),
                          false, lettered(message.choices));
      case "true_false":  // shown True, False (no letters, as on the board); a boolean answer
        $("q-hint").textContent = "Tap your answer.";
        return choiceList(message.choices, (index) => submit(index === 0, message.choices[index]));
      case "multiple":
        return multipleInput(message.choices);
      case "short_answer":
      case "numeric":
        return textInput(message.kind === "numeric");
      case "ordering":
        return orderingInput(message.items);
      case "matching":
        return matchingInput(message.lefts, message.rights);
      default:
        $("q-hint").textContent = "This question cannot be answered on this page.";
        return el("div");
    }
  }

  function lettered(labels) {
    return labels.map((_, index) => LETTERS[index] || "");
  }

  // ``keys``: the letter the board shows beside each label, drawn before it on the button
  function choiceList(labels, onPick, pressable, keys) {
    const list = el("ul", null, "choices" + (labels.length <= 4 ? " two" : ""));
    labels.forEach((label, index) => {
      const item = el("li");
      const node = button("", () => onPick(index, node));
      if (keys && keys[index]) node.append(el("span", keys[index], "key"));
      node.append(document.createTextNode(label));
      if (pressable) node.setAttribute("aria-pressed", "false");
      item.append(node);
      list.append(item);
    });
    return list;
  }

  function multipleInput(labels) {
    $("q-hint").textContent = "Tap every answer that applies, then Send answer.";
    const chosen = new Set();
    const wrap = el("div");
    const sendButton = button("Send answer", () => {
      const picked = Array.from(chosen).sort((a, b) => a - b);
      submit(picked, picked.map((i) => labels[i]).join("; "));
    }, "primary");
    sendButton.disabled = true;
    wrap.append(choiceList(labels, (index, node) => {
      if (chosen.has(index)) chosen.delete(index); else chosen.add(index);
      node.setAttribute("aria-pressed", chosen.has(index) ? "true" : "false");
      sendButton.disabled = chosen.size === 0;
    }, true, lettered(labels)), sendButton);
    return wrap;
  }

  function textInput(numeric) {
    $("q-hint").textContent = numeric ? "Type a number in digits, then Send answer."
                                      : "Type your answer, then Send answer.";
    const form = el("form");
    const label = el("label", "Your answer");
    label.htmlFor = "typed";
    const input = el("input");
    input.id = "typed";
    input.maxLength = 200;
    input.autocomplete = "off";
    if (numeric) input.inputMode = "decimal";
    const sendButton = el("button", "Send answer", "primary");
    sendButton.type = "submit";
    form.append(label, input, sendButton);
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const text = input.value.trim();
      if (!text) { showError("Type an answer first."); input.focus(); return; }
      submit(text, text);
    });
    window.setTimeout(() => input.focus(), 0);
    return form;
  }

  // Ordering: tap the items in the order they belong; Undo and Start again fix mistakes.
  function orderingInput(items) {
    $("q-hint").textContent = "Tap the items in the right order, first to last.";
    const order = [];
    const wrap = el("div");
    const picked = el("ol", null, "picked");
    picked.setAttribute("aria-label", "Your order");
    const left = el("div");
    const sendButton = button("Send answer", () => submit(
      order.slice(), order.map((i) => LETTERS[i]).join(" ")), "primary");
    const undo = button("Undo", () => { order.pop(); draw(); });
    const reset = button("Start again", () => { order.length = 0; draw(); });
    function draw() {
      picked.replaceChildren(...order.map((i) => el("li", LETTERS[i] + " " + items[i])));
      const remaining = items.map((_, i) => i).filter((i) => !order.includes(i));
      left.replaceChildren(choiceList(remaining.map((i) => items[i]), (index) => {
        order.push(remaining[index]);
        draw();
        const next = left.querySelector("button");
        (next || sendButton).focus();
      }, false, remaining.map((i) => LETTERS[i])));
      sendButton.disabled = order.length !== items.length;
      undo.disabled = reset.disabled = order.length === 0;
    }
    const actions = el("div", null, "row");
    actions.append(undo, reset, sendButton);
    wrap.append(el("h3", "Your order"), picked, el("h3", "Tap next"), left, actions);
    draw();
    return wrap;
  }

  // Matching: for each numbered item on the left, tap the lettered item that goes with it (the
  // board shows the same numbers and letters).
  function matchingInput(lefts, rights) {
    $("q-hint").textContent = "For each numbered item, tap the answer that goes with it.";
    const chosen = [];
    const wrap = el("div");
    const pairs = el("ul", null, "picked");
    const ask = el("h3");
    const options = el("div");
    const sendButton = button("Send answer", () => submit(
      chosen.slice(), chosen.map((r, i) => (i + 1) + " " + LETTERS[r]).join(" · ")), "primary");
    const undo = button("Undo", () => { chosen.pop(); draw(); });
    function draw() {
      pairs.replaceChildren(...chosen.map((r, i) => el(
        "li", (i + 1) + ". " + lefts[i] + " → " + LETTERS[r] + " " + rights[r])));
      const done = chosen.length === lefts.length;
      ask.textContent = done ? "All matched." : "What goes with " + (chosen.length + 1) + ". “" +
        lefts[chosen.length] + "”?";
      const free = rights.map((_, i) => i).filter((i) => !chosen.includes(i));
      options.replaceChildren(done ? el("span") : choiceList(free.map((i) => rights[i]), (index) => {
        chosen.push(free[index]);
        draw();
        const next = options.querySelector("button");
        (next || sendButton).focus();
      }, false, free.map((i) => LETTERS[i])));
      sendButton.disabled = !done;
      undo.disabled = chosen.length === 0;
    }
    const actions = el("div", null, "row");
    actions.append(undo, sendButton);
    wrap.append(pairs, ask, options, actions);
    draw();
    return wrap;
  }

  // ``text``: the answer in the words (or letters) the student sees, for the status line
  function submit(value, text) {
    if (!question) return;
    pendingAnswer = { number: question.number, value: value, text: text || "" };
    for (const node of $("q-answer").querySelectorAll("button, input")) node.disabled = true;
    setStatus("Sending your answer…");
    send({ type: "answer", question: question.number, value: value });
  }

  function received(message) {
    if (!question || message.number !== question.number) return;
    const text = pendingAnswer ? pendingAnswer.text : "";
    pendingAnswer = null;
    question.answered = true;
    sentState(text);
    announce("Answer received.");
  }

  function sentState(yourAnswer) {
    for (const node of $("q-answer").querySelectorAll("button, input")) node.disabled = true;
    setStatus("✔ Answer received" + (yourAnswer ? ": " + yourAnswer : "") +
              ". Wait for the reveal.", "sent");
  }

  function closed(message) {
    if (!question || message.number !== question.number || question.answered) return;
    window.clearInterval(timer);
    $("q-timer").textContent = "Time is up";
    for (const node of $("q-answer").querySelectorAll("button, input")) node.disabled = true;
    setStatus("Time is up: no answer this time.", "warn");
    announce("Time is up.");
  }

  // -- the reveal ----------------------------------------------------------------------------
  const VERDICTS = {
    right: "✔ Right!",
    wrong: "✘ Not quite",
    almost: "≈ Almost — check the spelling. It counts as wrong this time.",
    unanswered: "No answer this time",
  };

  function reveal(message) {
    window.clearInterval(timer);
    pendingAnswer = null;
    question = message;
    showError("");
    setStatus("");
    $("r-number").textContent = "Question " + message.number + " of " + message.total;
    const verdict = $("r-verdict");
    verdict.textContent = VERDICTS[message.outcome] || "";
    verdict.className = "verdict-" + message.outcome;
    $("r-prompt").textContent = message.prompt;
    $("r-yours").textContent = message.your_answer ? "Your answer: " + message.your_answer : "";
    $("r-right").textContent = "Right answer: " + message.right_answer;
    $("r-explanation").textContent = message.explanation;
    const box = $("r-citations");
    box.replaceChildren();
    for (const cited of message.citations || []) box.append(citation(cited));
    $("r-score").textContent = "Your score: " + message.score + " of " + message.number;
    $("attribution").textContent = message.attribution ? "Source: " + message.attribution : "";
    show("reveal-view", "r-verdict");
    announce(verdict.textContent + ". Right answer: " + message.right_answer);
  }

  function citation(cited) {
    const box = el("figure", null, "citation");
    box.append(el("figcaption", "From the source — " + (cited.section || "the text"), "section"));
    const quote = el("blockquote");
    const text = cited.passage || cited.quote;
    if (cited.passage && cited.start >= 0 && cited.end > cited.start && cited.end <= text.length) {
      quote.append(document.createTextNode(text.slice(0, cited.start)),
                   el("mark", text.slice(cited.start, cited.end)),
                   document.createTextNode(text.slice(cited.end)));
    } else {
      quote.textContent = "“" + text + "”";
    }
    box.append(quote);
    return box;
  }

  function finish(message) {
    ended = true;
    window.clearInterval(timer);
    saveSeat(null);
    $("end-score").textContent = message.name + ", you got " + message.score + " of " +
      message.total + " right.";
    setStatus("");
    show("end-view", "end-heading");
    announce("The quiz is over.");
  }

  // -- joining -------------------------------------------------------------------------------
  $("join-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const pin = $("pin").value.replace(/\s+/g, "");
    const name = $("name").value.trim();
    if (!/^[0-9]{6}$/.test(pin)) { showError("The PIN has six digits."); $("pin").focus(); return; }
    if (!name) { showError("Type your name."); $("name").focus(); return; }
    showError("");
    pendingJoin = { pin: pin, name: name };
    $("join").disabled = true;
    if (socket && socket.readyState === 1) send({ type: "join", pin: pin, name: name });
    else connect();
  });

  if (seat) {
    $("who").textContent = seat.name;
    $("who").hidden = false;
    show("wait-view");
    $("wait-text").textContent = "Reconnecting to your seat…";
    connect();
  } else {
    $("pin").focus();
  }
})();
