// The graph page: draws the network the server embedded as JSON, with vis-network.
// Labels and tooltips are text: tooltips are built as DOM text nodes, never parsed as HTML.
(function () {
  "use strict";

  function paintLegend() {
    document.querySelectorAll("[data-colour]").forEach(function (el) {
      var colour = el.getAttribute("data-colour");
      if (el.classList.contains("line")) {
        el.style.borderTopColor = colour;
      } else {
        el.style.backgroundColor = colour;
      }
    });
  }

  function tooltip(text) {
    var box = document.createElement("div");
    box.className = "graph-tip";
    box.textContent = text;  // plain text: whatever the article said stays text
    return box;
  }

  function draw() {
    var holder = document.getElementById("network");
    var source = document.getElementById("graph-data");
    if (!holder || !source || typeof vis === "undefined") {
      return;
    }
    var data = JSON.parse(source.textContent);
    data.nodes.forEach(function (node) {
      if (typeof node.title === "string") {
        node.title = tooltip(node.title);
      }
    });
    data.edges.forEach(function (edge) {
      if (typeof edge.title === "string") {
        edge.title = tooltip(edge.title);
      }
    });
    var nodes = new vis.DataSet(data.nodes);
    var edges = new vis.DataSet(data.edges);
    var network = new vis.Network(holder, { nodes: nodes, edges: edges }, data.options);
    window.isnadNetwork = network;  // for tests and for the console
    holder.setAttribute("data-nodes", String(data.nodes.length));
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      holder.setAttribute("data-ready", "true");
    });
    network.on("click", function (params) {
      if (params.nodes.length) {
        var node = nodes.get(params.nodes[0]);
        if (node && node.url) {
          window.location.assign(node.url);
        }
      }
    });
    network.on("hoverNode", function () { holder.classList.add("pointing"); });
    network.on("blurNode", function () { holder.classList.remove("pointing"); });
    var egoField = document.getElementById("ego-node");
    network.on("oncontext", function (params) {
      var id = network.getNodeAt(params.pointer.DOM);
      params.event.preventDefault();
      if (id && egoField) {
        egoField.value = id;
        egoField.form.submit();
      }
    });
  }

  paintLegend();
  draw();
})();
