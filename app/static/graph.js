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

  // The network fills the window below the legend, so that the whole view is seen at once.
  function fitHeight(holder) {
    var top = holder.getBoundingClientRect().top + window.scrollY;
    holder.style.height = Math.max(520, window.innerHeight - top - 16) + "px";
  }

  // Labels readable at any zoom and never on top of one another. The server offers a label to
  // the nodes that matter (node.rank, 0 first); in that order each gets a font of labelPx
  // screen pixels (vis-network scales fonts with the zoom, hence labelPx / scale) unless its box
  // would overlap a label placed before it. The others show their name on hover.
  function placeLabels(network, nodes, labelPx, face) {
    var scale = network.getScale();
    var measure = document.createElement("canvas").getContext("2d");
    measure.font = labelPx + "px " + face;
    var offered = nodes.get({ filter: function (n) { return typeof n.rank === "number"; } });
    offered.sort(function (a, b) { return a.rank - b.rank; });
    var positions = network.getPositions(offered.map(function (n) { return n.id; }));
    var placed = [];
    var updates = offered.map(function (node) {
      var box = labelBox(network, node, positions[node.id], measure, labelPx);
      var free = placed.every(function (other) { return !overlaps(box, other); });
      if (free) {
        placed.push(box);
      }
      return { id: node.id, font: { size: free ? labelPx / scale : 0 } };
    });
    nodes.update(updates);
    return placed.length;
  }

  // Where a node's label goes on the screen: centred under the node (vis-network draws it 3
  // canvas units below the shape), a little wider and taller than its text, to leave a gap.
  function labelBox(network, node, position, measure, labelPx) {
    var scale = network.getScale();
    var centre = network.canvasToDOM(position);
    var radius = network.body.nodes[node.id].options.size || 0;
    var width = measure.measureText(node.label || "").width + 6;
    var top = centre.y + (radius + 3) * scale;
    return { left: centre.x - width / 2, right: centre.x + width / 2, top: top,
             bottom: top + labelPx * 1.4 };
  }

  function overlaps(a, b) {
    return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
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
    fitHeight(holder);
    var nodes = new vis.DataSet(data.nodes);
    var edges = new vis.DataSet(data.edges);
    var network = new vis.Network(holder, { nodes: nodes, edges: edges }, data.options);
    window.isnadNetwork = network;  // for tests and for the console
    holder.setAttribute("data-nodes", String(data.nodes.length));
    var face = data.options.nodes.font.face;
    function relabel() {
      holder.setAttribute("data-labels", String(placeLabels(network, nodes, data.label_px, face)));
    }
    // The layout settles (fitted to the page), then stops moving; only then are labels placed.
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      relabel();
      holder.setAttribute("data-ready", "true");
    });
    var later = null;
    function relabelSoon() {  // once a zoom or a drag has ended, not at every step of it
      window.clearTimeout(later);
      later = window.setTimeout(relabel, 200);
    }
    network.on("zoom", relabelSoon);
    network.on("dragEnd", relabelSoon);
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
