"""Actor network: who acts on whom, how often, with what type (networkx DiGraph)."""

from __future__ import annotations

from collections import Counter

import networkx as nx

from crisisdesk.analysis.timeline import reported_fatalities, type_label
from crisisdesk.records import ActorRef, Event


def actor_label(actor: ActorRef) -> str:
    """Node label: the actor's name, generic ones as ``generic:<name>``."""
    return f"generic:{actor.name}" if actor.generic else actor.name


def actor_network(events: list[Event]) -> nx.DiGraph:
    """A directed graph with an edge source → target per pair of actors of each event.

    Edge attributes: ``count`` (events), ``types`` (Counter of type labels),
    ``fatalities`` (sum of lowest reported tolls), ``event_ids``. Node attributes:
    ``code``, ``sector``, ``generic``, ``out_events``/``in_events``.
    Events without a source or target actor add no edge.
    """
    graph = nx.DiGraph()
    for event in events:
        for actor in (*event.source_actors, *event.target_actors):
            label = actor_label(actor)
            if label not in graph:
                graph.add_node(label, code=actor.code, sector=actor.sector, generic=actor.generic,
                               out_events=0, in_events=0)
        for source in event.source_actors:
            graph.nodes[actor_label(source)]["out_events"] += 1
        for target in event.target_actors:
            graph.nodes[actor_label(target)]["in_events"] += 1
        for source in event.source_actors:
            for target in event.target_actors:
                s, t = actor_label(source), actor_label(target)
                if s == t:
                    continue
                if not graph.has_edge(s, t):
                    graph.add_edge(s, t, count=0, types=Counter(), fatalities=0, event_ids=[])
                edge = graph.edges[s, t]
                edge["count"] += 1
                edge["types"][type_label(event)] += 1
                edge["fatalities"] += reported_fatalities(event)
                edge["event_ids"].append(event.event_id)
    return graph


def top_edges(graph: nx.DiGraph, n: int = 10) -> list[dict]:
    """The ``n`` most frequent source → target relations as dicts (source, target, count,
    types {label: n}, fatalities)."""
    edges = sorted(graph.edges(data=True), key=lambda e: (-e[2]["count"], -e[2]["fatalities"], e[0], e[1]))
    return [
        {"source": s, "target": t, "count": d["count"], "types": dict(d["types"].most_common()),
         "fatalities": d["fatalities"]}
        for s, t, d in edges[:n]
    ]


def most_active(graph: nx.DiGraph, n: int = 5) -> list[tuple[str, int]]:
    """Actors initiating the most events (out-degree weighted by event count)."""
    ranked = sorted(graph.nodes(data=True), key=lambda nd: (-nd[1]["out_events"], nd[0]))
    return [(name, data["out_events"]) for name, data in ranked[:n] if data["out_events"]]
