// The Curio dashboard page: reads the JSON API of its own session and draws the figures with Chart.js.
// Every text from the server (team names, challenge titles) goes in with textContent, never as HTML.
(function () {
  'use strict';
  const charts = {};
  const byId = (id) => document.getElementById(id);
  let session = null;
  let teamsListed = false;

  async function call(url, options) {
    const response = await fetch(url, Object.assign({ credentials: 'same-origin' }, options || {}));
    if (response.status === 403) {
      throw new Error('Your session ended. Say "admin dashboard" to Curio for a new link.');
    }
    const body = await response.json();
    if (!response.ok) {
      throw new Error(body.error || response.statusText);
    }
    return body;
  }

  function post(url, body) {
    return call(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  }

  const percent = (x) => Math.round(x * 1000) / 10 + '%';
  const query = () => (byId('team').value ? '?team=' + encodeURIComponent(byId('team').value) : '');

  function draw(id, type, labels, values, yOptions) {
    if (charts[id]) {
      charts[id].destroy();
    }
    charts[id] = new Chart(byId(id), {
      type: type,
      data: { labels: labels, datasets: [{ data: values, borderColor: '#2f6fde', backgroundColor: '#2f6fde',
        borderWidth: 2, pointRadius: 2, tension: 0 }] },
      options: { animation: false, responsive: true, maintainAspectRatio: false,
        plugins: { legend: { display: false } },
        scales: { y: Object.assign({ beginAtZero: true, ticks: { precision: 0 } }, yOptions || {}) } }
    });
  }

  function table(id, items, cells) {
    byId(id).querySelector('tbody').replaceChildren(...items.map((item) => {
      const row = document.createElement('tr');
      cells(item).forEach((value) => {
        const cell = document.createElement('td');
        cell.textContent = value;
        row.appendChild(cell);
      });
      return row;
    }));
  }

  function listTeams(teams) {
    const select = byId('team');
    const all = document.createElement('option');
    all.value = '';
    all.textContent = session.role === 'admin' ? 'the whole workspace' : 'all my teams';
    select.replaceChildren(all, ...teams.map((team) => {
      const option = document.createElement('option');
      option.value = team.id;
      option.textContent = '#' + team.name;
      return option;
    }));
    teamsListed = true;
  }

  async function load() {
    document.body.dataset.ready = 'false';
    const f = await call('/admin/api/figures' + query());
    if (!teamsListed) {
      listTeams(f.teams);
    }
    byId('enrolled').textContent = f.learners.enrolled;
    byId('active7').textContent = f.learners.active7;
    byId('active30').textContent = f.learners.active30;
    byId('checkin-rate').textContent = percent(f.checkInRate.rate);
    draw('learning-days', 'line', f.learningDays.map((d) => d.day), f.learningDays.map((d) => d.learners));
    draw('streaks', 'bar', f.streaks.map((b) => b.streak), f.streaks.map((b) => b.learners));
    draw('quiz', 'bar', f.quizAccuracy.map((q) => q.track), f.quizAccuracy.map((q) => Math.round(q.accuracy * 1000) / 10),
      { max: 100, ticks: { callback: (v) => v + '%' } });
    table('challenges', f.challenges, (c) => [c.title, c.team, c.start + ' – ' + c.end, c.status, c.joined, c.completed,
      percent(c.completion), percent(c.progress)]);
    table('top-tracks', f.topTracks, (t) => [t.track, t.prompts, t.learners]);
    byId('figures-csv').href = '/admin/api/figures.csv' + query();
    byId('checkins-csv').href = '/admin/api/checkins.csv' + query();
    document.body.dataset.ready = 'true';
  }

  function setUpAdmin() {
    byId('admin-only').hidden = false;
    byId('confirm-name').textContent = session.workspace;
    byId('export-all').checked = session.exportAllCheckIns;
    byId('export-all').addEventListener('change', async (event) => {
      const saved = await post('/admin/api/settings', { exportAllCheckIns: event.target.checked });
      session.exportAllCheckIns = saved.exportAllCheckIns;
      noteCheckIns();
    });
    byId('confirm').addEventListener('input', (event) => {
      byId('erase').disabled = event.target.value !== session.workspace;
    });
    byId('erase').addEventListener('click', async () => {
      try {
        const done = await post('/admin/api/erase', { confirm: byId('confirm').value });
        byId('erase-result').textContent = 'All data of ' + done.erased + ' was deleted. You are signed out.';
        byId('erase').disabled = true;
      } catch (e) {
        byId('erase-result').textContent = e.message;
      }
    });
  }

  function noteCheckIns() {
    byId('checkins-note').textContent = session.role === 'admin' && session.exportAllCheckIns
      ? '(every learner: the workspace allows it)' : '(learners who share with their team)';
  }

  function fail(error) {
    document.body.dataset.ready = 'error';
    byId('who').textContent = error.message;
  }

  async function start() {
    session = await call('/admin/api/session');
    byId('who').textContent = session.workspace + ' · signed in as ' + session.user + ' (' + session.role + ')';
    noteCheckIns();
    if (session.role === 'admin') {
      setUpAdmin();
    }
    byId('team').addEventListener('change', () => load().catch(fail));
    byId('sign-out').addEventListener('click', async () => {
      await fetch('/admin/signout', { method: 'POST', credentials: 'same-origin' });
      document.querySelector('main').replaceChildren();
      byId('who').textContent = 'You are signed out.';
    });
    await load();
  }

  start().catch(fail);
}());
