"""From attribution records to a graph that answers questions (store, graph, analyses, exports).

The stage after :mod:`isnad.nlp`; see design.md, section graph/.
"""
