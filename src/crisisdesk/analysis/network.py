"""Actor network: who acts on whom, how often, with what type (networkx DiGraph).

One actor, one node. Coding names the same actor in several ways: the dictionary actor
"Malian Armed Forces" (``actor_id`` ``fama``, code ``MLIMIL``) and, where a text says
only "Malian soldiers" without a dictionary match, the state-sector actor "Mali MIL"
(no ``actor_id``, code ``MLIMIL``). :class:`ActorIdentities` gives both one node:

- a named actor is identified by its dictionary ``actor_id``; one without an id by its
  CAMEO-style ``code``, and a code carried by exactly one dictionary actor among the
  events is that actor (a code shared by two, as ``FRAMIL`` by Barkhane and Serval,
  identifies neither, and stays a node of its own); an actor with neither, by its name;
- a generic actor ("truck drivers") stays one node per name (key ``generic:<name>``),
  labelled by its name and country ("truck drivers (Mali)", :func:`actor_label`),
  except a state's own armed forces named by a bare force noun ("the army", "the
  military", "soldiers", "troops": :data:`STATE_FORCE_NAME`) that coding placed in a
  country (code ``<ISO3>MIL``, sector MIL, its country that code's): that is the
  state's military, identified by the code like "Mali MIL" above, so "army" and
  "Malian Armed Forces" are one node in Mali. A force with a nationality of its own
  keeps it ("French troops" is FRAMIL, never Mali's army);
- the label is the best name: the dictionary's name when the node has one, else the
  name used most often (ties: alphabetical); two nodes with one label get their code
  added, "Name (CODE)".
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

import networkx as nx

from crisisdesk.analysis.timeline import reported_fatalities, type_label
from crisisdesk.records import ActorRef, Event


def actor_label(actor: ActorRef) -> str:
    """The label of one actor on its own, as a reader reads it: its name; an unnamed
    (generic) actor's with its country when coding placed it in one ("convoy (Mali)",
    "civilians (Burkina Faso)"), else its name alone (:class:`ActorIdentities` gives the
    label within a set of events). Before, generic actors were labelled with the
    internal key ``generic:<name>``."""
    return generic_label(actor.name, actor.country) if actor.generic else actor.name


def generic_label(name: str, country: str | None) -> str:
    """The human label of an unnamed actor: ``name`` and the country's short name in
    parentheses when ``country`` (alpha-3) is known ("soldiers (Mali)"), else ``name``."""
    from crisisdesk.export.countries import acled_country_name

    where = acled_country_name(country) if country else ""
    return f"{name} ({where})" if where else name


#: Bare nouns for a state's armed forces (CAMEO/PLOVER sector MIL: "military", "army",
#: "soldiers", "troops"): without a name of their own they are the forces of the state
#: coding placed them in.
STATE_FORCE_NAME = re.compile(r"(the |its |their |a |an |national |regular |government |state )*"
                              r"(army|armies|military|armed forces|soldiers?|troops?|servicem[ae]n|"
                              r"defen[cs]e forces|defen[cs]e and security forces)", re.I)


def state_forces_code(actor: ActorRef) -> str | None:
    """The ``<ISO3>MIL`` code of a generic actor that is a state's own armed forces
    (:data:`STATE_FORCE_NAME`, sector MIL, a code of its country's), else None."""
    code, country = actor.code or "", actor.country or ""
    if not (actor.generic and actor.sector == "MIL" and len(code) == 6 and code.endswith("MIL")):
        return None
    if country and code[:3] != country:
        return None
    return code if STATE_FORCE_NAME.fullmatch(actor.name.strip()) else None


def actor_key(actor: ActorRef) -> str:
    """The identity of one actor on its own: ``generic:<name>``, ``id:<actor_id>``,
    ``code:<code>`` or ``name:<name>``, in that order of preference; a generic state
    force noun is its state's ``code:<ISO3>MIL`` (:func:`state_forces_code`)."""
    forces = state_forces_code(actor)
    if forces is not None:
        return f"code:{forces}"
    if actor.generic:
        return f"generic:{actor.name}"
    if actor.actor_id:
        return f"id:{actor.actor_id}"
    if actor.code:
        return f"code:{actor.code}"
    return f"name:{actor.name}"


class ActorIdentities:
    """The nodes of the actors of ``events`` (see the module docstring): :meth:`key`
    and :meth:`label` of an :class:`ActorRef`, :meth:`representative` of a key."""

    def __init__(self, events: Iterable[Event]):
        self._build(a for e in events for a in (*e.source_actors, *e.target_actors))

    @classmethod
    def from_actors(cls, actors: Iterable[ActorRef]) -> ActorIdentities:
        """The identities of a stream of actor references (each read once; memory grows
        with the number of distinct actors, not of references)."""
        identities = cls.__new__(cls)
        identities._build(actors)
        return identities

    def _build(self, refs: Iterable[ActorRef]) -> None:
        # One pass per raw identity (actor_key); raw identities are merged into nodes
        # once every code's dictionary actors are known.
        ids_by_code: dict[str, set[str]] = defaultdict(set)
        raw_names: dict[str, Counter[tuple[bool, str]]] = defaultdict(Counter)
        raw_best: dict[str, ActorRef] = {}
        for actor in refs:
            if not actor.generic and actor.actor_id and actor.code:
                ids_by_code[actor.code].add(actor.actor_id)
            raw = actor_key(actor)
            raw_names[raw][(bool(actor.actor_id), actor.name)] += 1
            if raw not in raw_best or (actor.actor_id and not raw_best[raw].actor_id):
                raw_best[raw] = actor
        self._same_as = {f"code:{code}": f"id:{next(iter(ids))}" for code, ids in ids_by_code.items()
                         if len(ids) == 1}
        names: dict[str, Counter[tuple[bool, str]]] = defaultdict(Counter)
        best: dict[str, ActorRef] = {}
        for raw, counter in raw_names.items():
            key = self._same_as.get(raw, raw)
            names[key].update(counter)
            actor = raw_best[raw]
            if key not in best or (actor.actor_id and not best[key].actor_id):
                best[key] = actor
        self._best = best
        chosen = {key: min(counter.items(), key=lambda kv: (not kv[0][0], -kv[1], kv[0][1]))[0][1]
                  for key, counter in names.items()}
        uses = Counter(chosen.values())
        self._labels = {}
        for key, name in chosen.items():
            actor = best[key]
            label = generic_label(name, actor.country) if actor.generic else name
            if uses[name] > 1 and not actor.generic and actor.code:
                label = f"{name} ({actor.code})"
            self._labels[key] = label
        taken = Counter(self._labels.values())
        for key, label in self._labels.items():
            if taken[label] > 1 and best[key].generic:  # an unnamed actor labelled like a named one
                self._labels[key] = f"{label} (unnamed)"
        self._names = {key: list(dict.fromkeys(name for (_, name), _ in counter.most_common()))
                       for key, counter in names.items()}

    def key(self, actor: ActorRef) -> str:
        """The node identity of ``actor`` (:func:`actor_key`, a lone code resolved to
        the dictionary actor carrying it)."""
        key = actor_key(actor)
        return self._same_as.get(key, key)

    def label(self, actor: ActorRef) -> str:
        """The node label of ``actor``: its node's best name."""
        return self._labels.get(self.key(actor), actor_label(actor))

    def label_of(self, key: str) -> str:
        """The label of the node ``key``."""
        return self._labels[key]

    def names(self, key: str) -> list[str]:
        """Every name the node ``key`` goes by in the events, most used first."""
        return self._names[key]

    def representative(self, key: str) -> ActorRef:
        """The reference whose code, sector and type describe the node (a dictionary
        actor's when there is one)."""
        return self._best[key]


def actor_network(events: list[Event]) -> nx.DiGraph:
    """A directed graph with an edge source → target per pair of actors of each event,
    one node per actor (:class:`ActorIdentities`; an actor named twice in one event
    counts once).

    Edge attributes: ``count`` (events), ``types`` (Counter of type labels),
    ``fatalities`` (sum of lowest reported tolls), ``event_ids``. Node attributes:
    ``code``, ``sector``, ``generic``, ``out_events``/``in_events``.
    Events without a source or target actor add no edge.
    """
    identities = ActorIdentities(events)
    graph = nx.DiGraph()
    for event in events:
        sources = _node_labels(event.source_actors, identities, graph)
        targets = _node_labels(event.target_actors, identities, graph)
        for s in sources:
            graph.nodes[s]["out_events"] += 1
        for t in targets:
            graph.nodes[t]["in_events"] += 1
        for s in sources:
            for t in targets:
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


def _node_labels(actors: list[ActorRef], identities: ActorIdentities, graph: nx.DiGraph) -> list[str]:
    """The distinct node labels of ``actors`` in order, adding missing nodes."""
    labels: list[str] = []
    for actor in actors:
        label = identities.label(actor)
        if label not in graph:
            best = identities.representative(identities.key(actor))
            graph.add_node(label, code=best.code, sector=best.sector, generic=best.generic,
                           out_events=0, in_events=0)
        if label not in labels:
            labels.append(label)
    return labels


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
