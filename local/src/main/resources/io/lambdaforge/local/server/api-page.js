// The dev server's API page (served by io.lambdaforge.local.server.ApiPage). No external URLs.
(function () {
  'use strict';

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function pathParams(path) {
    var names = [];
    path.replace(/\{([^}+]+)\+?\}/g, function (m, name) { names.push(name); });
    return names;
  }

  function tryForm(route, index) {
    var form = el('form', { 'class': 'try', 'data-route': route.source + ' ' + route.method + ' ' + route.path });
    var method = route.method === 'ANY' ? 'GET' : route.method;
    var op = route.operation || {};
    var fields = [];
    pathParams(route.path).forEach(function (name) { fields.push({ name: name, in: 'path', required: true }); });
    (op.parameters || []).forEach(function (p) {
      if (p.in !== 'path' && p.in !== 'cookie') { fields.push({ name: p.name, in: p.in, required: p.required }); }
    });
    if (!route.operation) { fields.push({ name: 'query string', in: 'rawquery', required: false }); }
    fields.forEach(function (f) {
      var caption = f.in === 'rawquery' ? 'query string' : f.in + ' ' + f.name;
      var label = el('label', {}, caption + (f.required ? ' *' : '') + ' ');
      label.appendChild(el('input', { 'name': f.name, 'data-in': f.in }));
      form.appendChild(label);
      form.appendChild(el('br'));
    });
    var hasBody = op.requestBody || (!route.operation && method !== 'GET' && method !== 'HEAD');
    if (hasBody) {
      form.appendChild(el('label', {}, 'body'));
      form.appendChild(el('br'));
      form.appendChild(el('textarea', { 'name': 'body' }, '{}'));
      form.appendChild(el('br'));
    }
    var button = el('button', { 'type': 'submit', 'class': 'send' }, 'Send ' + method);
    form.appendChild(button);
    var out = el('pre', { 'class': 'result' });
    form.appendChild(out);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var url = route.path;
      var query = [];
      var headers = {};
      form.querySelectorAll('input').forEach(function (input) {
        var where = input.getAttribute('data-in');
        var value = input.value;
        if (where === 'path') {
          url = url.replace(new RegExp('\\{' + input.name + '\\+?\\}'), encodeURIComponent(value));
        } else if (value === '') {
          return;
        } else if (where === 'query') {
          query.push(encodeURIComponent(input.name) + '=' + encodeURIComponent(value));
        } else if (where === 'header') {
          headers[input.name] = value;
        } else if (where === 'rawquery') {
          query.push(value);
        }
      });
      var init = { method: method, headers: headers };
      var body = form.querySelector('textarea');
      if (body) {
        init.body = body.value;
        headers['content-type'] = 'application/json';
      }
      out.textContent = '...';
      fetch(url + (query.length ? '?' + query.join('&') : ''), init).then(function (response) {
        return response.text().then(function (text) {
          out.textContent = response.status + ' ' + response.statusText + '\n' + text;
          out.setAttribute('data-status', String(response.status));
          refreshInvocations();
        });
      }).catch(function (e) { out.textContent = 'failed: ' + e; });
    });
    return form;
  }

  function refreshInvocations() {
    fetch('invocations.json').then(function (r) { return r.json(); }).then(function (list) {
      var body = document.querySelector('#invocations tbody');
      body.textContent = '';
      list.forEach(function (e) {
        var row = el('tr');
        [e.at, e.method, e.path, e.function, String(e.status), String(e.durationMs)].forEach(function (v) {
          row.appendChild(el('td', {}, v));
        });
        body.appendChild(row);
      });
    });
  }

  function showApi(name) {
    if (typeof SwaggerUIBundle === 'undefined') { return; }
    SwaggerUIBundle({
      url: 'openapi-' + name + '.json',
      dom_id: '#swagger',
      presets: [SwaggerUIBundle.presets.apis],
      layout: 'BaseLayout',
      validatorUrl: null,
      defaultModelsExpandDepth: 1,
      docExpansion: 'list'
    });
  }

  fetch('page.json').then(function (r) { return r.json(); }).then(function (page) {
    var body = document.querySelector('#routes tbody');
    page.routes.forEach(function (route, index) {
      var row = el('tr');
      [route.source, route.method, route.path, route.function].forEach(function (v) {
        row.appendChild(el('td', {}, v));
      });
      var cell = el('td');
      cell.appendChild(tryForm(route, index));
      row.appendChild(cell);
      body.appendChild(row);
    });
    document.getElementById('cost').textContent = page.cost;
    var apis = document.getElementById('apis');
    if (page.restValidation) {
      apis.appendChild(el('span', {}, 'REST requests pass API Gateway\'s request validator first. '));
    }
    page.apis.forEach(function (name) {
      var button = el('button', { 'type': 'button', 'data-api': name }, name === 'rest' ? 'REST API' : 'HTTP API');
      button.addEventListener('click', function () { showApi(name); });
      apis.appendChild(button);
      apis.appendChild(document.createTextNode(' '));
      var link = el('a', { 'href': 'openapi-' + name + '.json' }, 'openapi-' + name + '.json');
      apis.appendChild(link);
      apis.appendChild(document.createTextNode(' '));
    });
    if (page.apis.length) { showApi(page.apis[0]); }
    document.body.setAttribute('data-ready', 'true');
    refreshInvocations();
  });
}());
