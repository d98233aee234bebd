#!/usr/bin/env python3
"""Reads an exported graph the way an analyst's notebook would, and prints what it found as JSON.

Usage: read_graph.py graphml|gexf|xml FILE

Every file is first parsed by xml.dom.minidom (expat, a strict XML 1.0 parser), then, for graphml
and gexf, by networkx. `xml` only checks well-formedness and reports the root element, for files
networkx refuses on purpose. Errors go to stderr with exit status 1.
"""
import json
import sys
import xml.dom.minidom
import xml.etree.ElementTree as ET

import networkx as nx


def edge_colors(path):
    """Edge viz:color, looked up in the namespace the file declares for viz (networkx reads node viz only)."""
    root = ET.parse(path).getroot()
    ns = root.tag[1:].split('}')[0]
    viz = ns + '/viz'
    colors = {}
    for edge in root.iter('{%s}edge' % ns):
        color = edge.find('{%s}color' % viz)
        if color is not None:
            colors[edge.get('id')] = {k: int(color.get(k)) for k in ('r', 'g', 'b')}
            if color.get('a') is not None:
                colors[edge.get('id')]['a'] = float(color.get('a'))
    return colors


def read(kind, path):
    with open(path, 'rb') as f:
        document = xml.dom.minidom.parse(f)
    if kind == 'xml':
        root = document.documentElement
        return {'root': root.tagName, 'namespace': root.namespaceURI}
    if kind == 'graphml':
        # Keys are edge ids as strings: the default int() would turn relation "01" into 1.
        graph = nx.read_graphml(path, force_multigraph=True, edge_key_type=str)
    elif kind == 'gexf':
        graph = nx.read_gexf(path)
    else:
        raise ValueError('unknown format ' + kind)
    # read_gexf has no force_multigraph: without parallel edges it returns a DiGraph, whose edges
    # have no keys; GEXF puts the edge id in the data either way.
    if graph.is_multigraph():
        triples = ((s, t, k, d) for s, t, k, d in graph.edges(keys=True, data=True))
    else:
        triples = ((s, t, None, d) for s, t, d in graph.edges(data=True))
    edges = {}
    for source, target, key, data in triples:
        edges[str(data.get('id', key))] = dict(data, source=source, target=target, key=key)
    result = {
        'directed': graph.is_directed(),
        'multigraph': graph.is_multigraph(),
        'graph': graph.graph,
        'nodes': {str(node): data for node, data in graph.nodes(data=True)},
        'edges': edges,
        'node_count': graph.number_of_nodes(),
        'edge_count': graph.number_of_edges(),
    }
    if kind == 'gexf':
        result['edge_colors'] = edge_colors(path)
    return result


if __name__ == '__main__':
    try:
        print(json.dumps(read(sys.argv[1], sys.argv[2])))
    except Exception as error:  # noqa: BLE001 - the caller wants the reason, whatever it is
        print('%s: %s' % (type(error).__name__, error), file=sys.stderr)
        sys.exit(1)
