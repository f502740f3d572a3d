// /docs: the OpenAPI document of this server, listed as text (no third-party viewer, no CDN).
(function () {
  "use strict";
  var root = document.getElementById("api-docs");
  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }
  function describeSchema(schema) {
    if (!schema) { return ""; }
    if (schema.anyOf) { return schema.anyOf.map(describeSchema).filter(Boolean).join(" | "); }
    var out = schema.type || "";
    if (schema.enum) { out += " (" + schema.enum.join(", ") + ")"; }
    if (schema.pattern) { out += " matching " + schema.pattern; }
    if (schema.minimum !== undefined) { out += " ≥ " + schema.minimum; }
    if (schema.maximum !== undefined) { out += " ≤ " + schema.maximum; }
    return out;
  }
  fetch("/openapi.json").then(function (r) { return r.json(); }).then(function (spec) {
    root.textContent = "";
    root.appendChild(el("p", "muted", spec.info.title + " " + spec.info.version + " — " + (spec.info.description || "")));
    Object.keys(spec.paths).forEach(function (path) {
      var item = spec.paths[path];
      Object.keys(item).forEach(function (method) {
        var op = item[method];
        var box = el("section", "card endpoint");
        var head = el("h2");
        head.appendChild(el("span", "method method-" + method, method.toUpperCase()));
        head.appendChild(el("code", "", " " + path));
        box.appendChild(head);
        if (op.summary) { box.appendChild(el("p", "", op.summary)); }
        var params = op.parameters || [];
        if (params.length) {
          var table = el("table");
          var top = el("tr");
          ["parameter", "in", "type", "about"].forEach(function (h) { top.appendChild(el("th", "", h)); });
          table.appendChild(top);
          params.forEach(function (p) {
            var row = el("tr");
            row.appendChild(el("td", "", p.name + (p.required ? " *" : "")));
            row.appendChild(el("td", "", p.in));
            row.appendChild(el("td", "", describeSchema(p.schema)));
            row.appendChild(el("td", "", p.description || (p.schema && p.schema.description) || ""));
            table.appendChild(row);
          });
          box.appendChild(table);
        }
        if (op.requestBody) {
          var kinds = Object.keys(op.requestBody.content || {});
          box.appendChild(el("p", "hint", "body: " + kinds.join(", ")));
        }
        if (method === "get" && path.indexOf("{") < 0) {
          var link = el("a", "button small", "try " + path);
          link.href = path;
          box.appendChild(link);
        }
        root.appendChild(box);
      });
    });
  }).catch(function (error) {
    root.textContent = "Could not read /openapi.json: " + error;
  });
})();
