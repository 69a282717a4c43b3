"""Search that always helps (issue 16): ready answers, synonyms and spelling suggestions.

Staff keep the best bets (`SearchBestBet`: "porter plainte" leads to the police-zone finder) and
the synonyms (`SearchSynonym`: a search for "cambriolage" also looks for "atteintes aux biens")
per language, in the admin. This module reads the words typed and matches them against those
terms, widens a query with the synonyms and suggests a spelling; it knows none of the apps.
`bps_portal.search` adds what the directory and the plan know (postcodes, communes and their
police zone, destinations).

Matching is on whole words, and ignores capitals, accents, punctuation and a final "s" (plural): the
term "vol" matches "Vols de vélos" but not "volontaires", "porter plainte" matches "Comment porter
plainte ?".
"""

import difflib
import re
from dataclasses import dataclass

from bps_portal.models import SearchBestBet, SearchSynonym, search_terms
from bps_portal.text_matching import fold

WORD = re.compile(r"\w+")
# How many widened queries a search runs at most, whatever the synonyms.
MAX_ALTERNATIVES = 6
# How close a word must be to a known one to be suggested instead (difflib's ratio).
SUGGESTION_CUTOFF = 0.78
SHORTEST_SUGGESTED = 4


def words(text):
    """The words typed, folded (lower case, no accents), without punctuation."""
    return tuple(WORD.findall(fold(text)))


def same_word(typed, known):
    return typed == known or typed.removesuffix("s") == known.removesuffix("s")


def occurrences(typed, phrase):
    """Where the words of `phrase` stand one after the other in `typed`."""
    size = len(phrase)
    if not size:
        return []
    return [
        start
        for start in range(len(typed) - size + 1)
        if all(same_word(typed[start + offset], word) for offset, word in enumerate(phrase))
    ]


def contains(typed, phrase):
    return bool(occurrences(typed, phrase))


@dataclass(frozen=True)
class BestBet:
    """A best bet as the search page shows it, with its destination already resolved."""

    title: str
    text: str
    url: str
    destination: str
    terms: tuple  # each term as its folded words
    position: int
    phrases: tuple = ()  # the terms as staff wrote them

    def matches(self, queries):
        return any(contains(typed, term) for typed in queries for term in self.terms)


def best_bet(obj, url):
    return BestBet(
        title=obj.title,
        text=obj.text,
        url=url,
        destination=obj.destination,
        terms=tuple(term for term in (words(text) for text in search_terms(obj.terms)) if term),
        position=obj.position,
        phrases=tuple(search_terms(obj.terms)),
    )


def best_bets_shown_in(language):
    """The active best bets of a language, with what their destination needs (one query)."""
    return SearchBestBet.objects.shown_in(language).select_related("area__edition", "actor")


def matching_best_bets(bets, queries, limit=3):
    """The best bets whose terms appear in one of the queries (each a tuple of words), best first."""
    found = [bet for bet in bets if bet.matches(queries)]
    return sorted(found, key=lambda bet: (bet.position, fold(bet.title)))[:limit]


@dataclass(frozen=True)
class Synonym:
    term: tuple  # folded words
    also: tuple  # the phrases it also means, as typed by staff
    label: str = ""  # the term as typed by staff


def synonyms_of(language):
    """The synonyms of a language, ready to widen queries (one query)."""
    return [
        Synonym(words(synonym.term), tuple(search_terms(synonym.also)), synonym.term)
        for synonym in SearchSynonym.objects.filter(language=language)
        if words(synonym.term)
    ]


def widened(text, synonyms, limit=MAX_ALTERNATIVES):
    """The query again with each synonym's term replaced by each word it also means.

    "vol de vélo" with the synonym vol = cambriolage gives ["cambriolage de velo"]. The words come
    back folded: full-text search ignores accents anyway.
    """
    typed = words(text)
    alternatives = []
    for synonym in synonyms:
        for start in occurrences(typed, synonym.term):
            for phrase in synonym.also:
                replaced = typed[:start] + words(phrase) + typed[start + len(synonym.term) :]
                alternative = " ".join(replaced)
                if replaced and replaced != typed and alternative not in alternatives:
                    alternatives.append(alternative)
    return alternatives[:limit]


def vocabulary(texts):
    """{folded word: the word as written} of titles and terms: what spelling suggestions offer."""
    known = {}
    for text in texts:
        for word in WORD.findall((text or "").lower()):
            if len(word) >= SHORTEST_SUGGESTED and not word.isdigit():
                known.setdefault(fold(word), word)
    return known


def spelling_suggestions(text, known, limit=3):
    """Queries close to the one typed, made of words the portal uses ("comissariat" -> "commissariat").

    One suggestion that corrects every word it can, then the known words closest to a single typed
    word when the query is one word.
    """
    typed = WORD.findall(text.lower())
    if not typed or not known:
        return []
    corrected, changed = [], False
    for word in typed:
        folded = fold(word)
        if len(folded) < SHORTEST_SUGGESTED or folded.isdigit() or folded in known:
            corrected.append(word)
            continue
        close = difflib.get_close_matches(folded, known, n=1, cutoff=SUGGESTION_CUTOFF)
        corrected.append(known[close[0]] if close else word)
        changed = changed or bool(close)
    suggestions = [" ".join(corrected)] if changed else []
    if len(typed) == 1 and fold(typed[0]) not in known:
        suggestions += [
            known[word] for word in difflib.get_close_matches(fold(typed[0]), known, n=limit, cutoff=SUGGESTION_CUTOFF)
        ]
    unique = []
    for suggestion in suggestions:
        if suggestion not in unique and fold(suggestion) != fold(" ".join(typed)):
            unique.append(suggestion)
    return unique[:limit]
