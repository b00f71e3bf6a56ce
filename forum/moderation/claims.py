"""The cure-claim detector: which phrases in a post promise a cure, and why.

A post promises a cure when it presents a treatment, product, practitioner or action as
certain to prevent miscarriage or produce a baby (see the moderation guideline). Keywords
alone cannot tell "IVIG will guarantee your baby" from "does IVIG guarantee anything?", so
the text is split into sentences and each one is read for:

- claim cues: certainty aimed at an outcome, miracle verbs on products, settled-efficacy
  language on treatments, a personal result turned into a rule, a seller's outcome claim;
- what cancels them: questions, hedging, hope, negation and warnings, reporting someone
  else's claim (quotes, "she says"), and support idioms that promise no outcome.

Pure and linear: every pattern is a bounded alternation of literals (no nested repetition),
run once over each sentence. A 20,000-character post takes a few milliseconds.
"""

import re
from dataclasses import asdict, dataclass, field

FLAG_THRESHOLD = 0.5
MAX_SPAN = 120


@dataclass(frozen=True, slots=True)
class ClaimMatch:
    start: int
    end: int
    text: str
    rule: str
    reason: str
    score: float

    def as_dict(self) -> dict:
        data = asdict(self)
        del data["score"]
        return data


def _words(*alternatives: str) -> re.Pattern:
    # Matched against lower-cased text without re.I: several times faster, same spans.
    return re.compile(r"(?<![\w])(?:" + "|".join(alternatives) + r")(?![\w])")


# --- What a claim is about --------------------------------------------------------------

TREATMENT = _words(
    r"ivig",
    r"iv ?ig",
    r"immunoglobulins?",
    r"gamma ?globulin",
    r"intralipids?",
    r"intra-lipids?",
    r"steroids?",
    r"corticosteroids?",
    r"prednisolone",
    r"prednisone",
    r"pred",
    r"dexamethasone",
    r"dex",
    r"humira",
    r"clexane",
    r"heparin",
    r"aspirin",
    r"progesterone",
    r"infusions?",
    r"protocol",
    r"treatment",
    r"therapy",
    r"plan",
    r"supplements?",
    r"vitamins?(?: [a-z])?",
    r"teas?",
    r"tinctures?",
    r"drops",
    r"oils?",
    r"packs?",
    r"creams?",
    r"herbs?",
    r"herbal",
    r"remed(?:y|ies)",
    r"pills?",
    r"capsules?",
    r"acupuncture",
    r"massage",
    r"yoga",
    r"hypnotherapy",
    r"reflexology",
    r"diet",
    r"gluten",
    r"detox",
    r"naltrexone",
    r"ldn",
    r"low-dose \w+",
    r"tonic",
    r"reflexology",
    r"naturopath(?:'s|y)?",
    r"doula",
    r"immunologist",
    r"retreats?",
    r"workshops?",
    r"sessions?",
    r"clinic",
    r"centre",
    r"center",
    r"coach(?:ing)?",
    r"course",
    r"programme",
    r"program",
    r"package",
    r"consultant",
    r"specialist",
    r"doctor",
    r"dr \w+",
    r"immune (?:treatment|therapy|protocol|side)",
    r"suppress(?:ing)? it",
    r"suppress(?:ing)? (?:your|the) immune system",
    r"lower(?:ing)? them",
    r"treating them",
    r"suppress(?:ed|ing|ion)",
    r"immune suppression",
    r"immune suppressants?",
    r"(?:nk|killer) cells? (?:treatment|testing|treated)",
)
OUTCOME = _words(
    r"bab(?:y|ies)",
    r"rainbows?",
    r"carry(?: it| them)? to term",
    r"carried to term",
    r"to term",
    r"live births?",
    r"healthy pregnanc(?:y|ies)",
    r"successful pregnanc(?:y|ies)",
    r"sticky pregnanc(?:y|ies)",
    r"pregnanc(?:y|ies)",
    r"miscarr(?:y|ying|iages?|ied)",
    r"(?:pregnancy )?loss(?:es)?",
    r"lose another(?: one)?",
    r"losing (?:them|another)",
    r"sticks?",
    r"stays?",
    r"take-?home baby",
    r"bring (?:a|your) baby home",
    r"angel bab(?:y|ies)",
    r"(?:your|the) womb",
    r"uterus",
    r"embryo",
    r"(?:stay(?:ing)? )?pregnant",
    r"(?:my|our|a|your) (?:son|daughter|boy|girl|twins|little one)",
)

# --- Cues that make a claim --------------------------------------------------------------

CERTAINTY = _words(
    r"guarantee[sd]?",
    r"guaranteeing",
    r"i can guarantee",
    r"100 ?%",
    r"a hundred percent",
    r"works? for every(?:one|body)",
    r"works every time",
    r"every single (?:one|person|woman|time)",
    r"every(?:one|body| woman| person| patient| client| mum) (?:i(?:'ve)? \w+ |who |that )[\w' ]{0,40}?(?:has|had|have|gets?|got|brings?|brought) (?:had )?(?:a|her|their|my)",
    r"works always",
    r"always works",
    r"never fail(?:s|ed)?",
    r"never had a failure",
    r"never (?:\w+ ){0,4}another (?:loss|miscarriage|angel)",
    r"never (?:lose|miscarry|go through) another",
    r"no exceptions?",
    r"(?:is|are) (?:completely |totally |perfectly )?safe",
    r"not (?:once )?seen it fail(?: once)?",
    r"will never (?:miscarry|lose)",
    r"never (?:miscarry|lose (?:another|a baby)) again",
    r"won'?t (?:lose|miscarry)",
    r"(?:you|u|she|they|it|pregnancy)(?: will|'ll) (?:\w+ ){0,3}?(?:carry|get|have|be|stay|stick|hold|bring|take|fix)",
    r"you'll (?:\w+ ){0,3}?(?:carry|get|have|be|stay|hold|bring)",
    r"u will",
    r"will be (?:fine|your last)",
    r"your last (?:loss|angel)",
    r"for good",
    r"nothing (?:left )?(?:that )?can go wrong",
    r"nothing left that can go wrong",
    r"you'?re safe",
    r"it sticks",
    r"just sticks",
    r"(?:the )?miscarriages? stops?",
    r"stop(?:s|ped)? miscarrying",
    r"don'?t miscarry",
    r"no more (?:losses|miscarriages)",
    r"that'?s a promise",
    r"i promise",
    r"trust me",
    r"definitely (?:work|stick|stay|have|get)\w*",
    r"simple as that",
    r"it is that simple",
    r"it's that simple",
    r"full stop",
    r"= ?(?:a )?(?:take[- ]?home )?(?:baby|rainbow)",
    r"gets? (?:their|her|your) (?:rainbow|baby)",
    r"will stay",
    r"next one will",
    r"has (?:a|her|their) baby",
    r"holding your baby",
)
SETTLED = _words(
    r"(?:clinically )?proven",
    r"it'?s been proven",
    r"is the (?:cure|answer|fix)",
    r"the (?:proven )?cure",
    r"a cure",
    r"cures?",
    r"cured",
    r"the answer",
    r"it just does",
    r"(?:a )?known fact",
    r"how it works",
    r"(?:have |has )?solved",
    r"studies all agree",
    r"the studies all agree",
    r"fix(?:es|ed)? (?:it|the|your|this)",
    r"100 ?% fix",
    r"prevents? (?:every|all|miscarriage|early loss|loss|losses|it)",
    r"stops? (?:your |the )?(?:nk cells|killer cells|immune)(?: \w+){0,2}? (?:from )?attacking",
    r"ends? (?:recurrent )?(?:pregnancy )?(?:loss|miscarriage)",
    r"treatment works",
    r"works, it just does",
    r"is the thing that fixed",
    r"(?:can'?t|cannot|won'?t|no longer) (?:attack|reject|harm|kill) (?:the|your) (?:baby|embryo|pregnancy)",
    r"switch(?:es)? off (?:the |your )?(?:nk|killer|immune)",
    r"(?:proven|settled) science",
    r"the research is settled",
    r"end of story",
    r"the only thing that (?:works|helps|worked)",
    r"(?:found|is) the (?:fix|answer|cure)",
    r"the proven answer",
    r"stops? (?:fighting|attacking|rejecting) (?:the )?(?:pregnancy|baby|embryo)",
)
# "X cures/prevents/ends miscarriage" promises a cure whatever X is.
CURE_STATEMENT = _words(
    r"(?:cures?|cured|ends?|prevents?|stops?|fix(?:es)?|eliminates?) (?:recurrent |early |your |all |every |the )*(?:miscarriages?|miscarrying|pregnancy loss|losses|loss)",
)
MIRACLE = _words(
    r"miracle",
    r"heal(?:s|ed|ing)?",
    r"cure[sd]?",
    r"reset(?:s|ting)?",
    r"realign(?:s|ed)?",
    r"rebalanc(?:es|ed|ing)",
    r"(?:nk-)?balancing",
    r"stops? rejecting",
    r"prevents? (?:early )?(?:loss|miscarriage)",
    r"save the pregnancy",
    r"(?:you )?(?:just )?stop miscarrying",
    r"ends? recurrent",
    r"fix(?:es|ed)?",
    r"cleans(?:e|es|ed|ing)",
    r"detox(?:es|ed)?",
    r"strengthens?",
    r"so (?:the|your) (?:next )?(?:baby|pregnancy) (?:sticks|stays|holds)",
)
PRODUCT = _words(
    r"teas?",
    r"supplements?",
    r"drops",
    r"oils?",
    r"packs?",
    r"creams?",
    r"tinctures?",
    r"herbs?",
    r"herbal",
    r"remed(?:y|ies)",
    r"pills?",
    r"capsules?",
    r"massage",
    r"vitamins?(?: [a-z])?",
    r"juices?",
    r"crystals?",
    r"powders?",
    r"blends?",
    r"essential oils?",
    r"protocol",
    r"diet",
    r"soaks?",
    r"magnesium",
    r"baths?",
    r"bracelets?",
    r"patches",
    r"spray",
    r"shakes?",
    r"smoothies?",
    r"seeds?",
    r"roots?",
)
PERSONAL_RULE = _words(
    r"(?:it )?will (?:work|stop|fix|heal) (?:for )?(?:you|yours)",
    r"(?:it|they|that|this|he|she)(?: will|'ll) fix it for you",
    r"can heal yours(?: too)?",
    r"works for (?:you|everyone|everybody) too",
    r"(?:it )?will stop yours",
    r"it will for you",
    r"same will happen for you",
    r"(?:it|they|that|this|he|she)(?: will|'ll) (?:be the reason|do the same|work the same)"
    r"(?: (?:for|to))? (?:you|yours)",
    r"yours (?:are|will be) too",
)
SELLER = _words(
    r"dm me",
    r"pm me",
    r"message me",
    r"inbox me",
    r"by message",
    r"link in (?:my )?(?:bio|profile)",
    r"via my website",
    r"visit (?:my|our) (?:website|site|shop)",
    r"book (?:now|today|your|a)",
    r"call us",
    r"contact us",
    r"special price",
    r"half price",
    r"discount(?: code)?",
    r"free shipping",
    r"free delivery",
    r"\d+-day supply",
    r"first session",
    r"discovery call",
    r"testimonials",
    r"our (?:clinic|centre|center|programme|program|patients|clients|package|product|supplement|tea|tincture|course|studio|practice|team)",
    r"our (?:\w+ ){1,3}(?:programme|program|centre|center|clinic|supplement|tincture|package|bundle|course)",
    r"clients? of mine",
    r"enquire now",
    r"order (?:now|through|from|via)",
    r"my shop",
    r"(?:free|fast) (?:uk |us )?delivery",
    r"my clients",
    r"my (?:course|programme|program|plan|ladies|patients)",
    r"i sell",
    r"^selling",
    r"for sale",
    r"selling (?:\w+ ){0,2}(?:vials|bags|boxes|packs|unopened|leftover|spare)",
    r"we sell",
    r"i'm selling",
    r"selling my",
    r"i run a",
    r"we offer",
    r"i'?m a (?:[\w-]+ ){0,3}(?:coach|practitioner|therapist|consultant)",
    r"happy to share details",
)
SELLER_CLAIM = _words(
    r"\d{1,3} ?%",
    r"live birth rate",
    r"success rate",
    r"miscarriage rate",
    r"doubles? your chances",
    r"(?:helps?|help) (?:to )?(?:reduce|prevent|lower)",
    r"reduces? (?:the )?risk",
    r"lower miscarriage",
    r"prevents? (?:early )?(?:loss|miscarriage)",
    r"go on to have a (?:healthy )?baby",
    r"carry to term",
    r"bring a baby home",
    r"don'?t miscarry",
    r"save the pregnancy",
    r"very effective",
    r"effective",
    r"ends? (?:recurrent )?(?:pregnancy )?(?:loss|miscarriage)",
    r"supports? a healthy (?:womb|pregnancy)",
    r"the thing that fixed it",
    r"fix(?:ed)? it for",
    r"stop the bleeding",
    r"healthy baby",
    r"happy mums",
    r"successful pregnancy",
    r"take home a baby",
)
# In a seller's post, an outcome beside any of these is an outcome claim.
BENEFIT = _words(
    r"help(?:s|ed|ing)?",
    r"lower(?:s|ed)?",
    r"reduc(?:e|es|ed)",
    r"prevent(?:s|ed)?",
    r"stop(?:s|ped)?",
    r"end(?:s|ed)?",
    r"kept",
    r"keeps?",
    r"save[sd]?",
    r"got me",
    r"gets? you",
    r"go on to",
    r"went on to",
    r"take home",
    r"success(?:ful)?",
    r"\d{1,3} ?%",
    r"\d+ in \d+",
    r"rates?",
    r"effective",
    r"works?",
    r"worked",
    r"finally",
    r"heal(?:s|ed)?",
    r"holds",
    r"stays",
    r"sticks",
    r"so (?:that )?your (?:next )?pregnancy",
)

# The general rule: an agent, an outcome, and the outcome asserted as what happens.
FUTURE = _words(
    r"(?:you|u|she|they|it|this|pregnancy|baby|body|one|yours)(?:'ll| will)(?! never know)",
    r"will (?:solve|fix|cure|stop|end|heal|sort|carry|go to term|stay|stick)",
    r"will (?:get|give|bring|make|keep|let) (?:you|u|your)",
)
UNIVERSAL = _words(
    r"every(?:one|body)",
    r"every (?:single )?(?:one|woman|client|patient|person|mum|time)",
    r"anyone who",
    r"all of (?:them|my|our)",
    r"no exceptions?",
    r"without fail",
    r"the only thing",
    r"100 ?%",
    r"always",
    r"never fails?",
)
EFFICACY = _words(
    r"works",
    r"fix(?:es)?",
    r"solves?",
    r"cures",
    r"heals",
    r"stops",
    r"prevents",
    r"ends",
    r"resets",
    r"restores",
    r"clears",
    r"sorts? (?:it )?out",
    r"gets",
    r"carries",
    r"brings",
    r"keeps",
    r"saves",
    r"goes to term",
    r"ha(?:s|ve) gone on to",
    r"gone on to have",
    r"stops? (?:fighting|attacking|rejecting)",
)
ANAPHOR = _words(r"it", r"they", r"them", r"this", r"that", r"he", r"she")
IMPERATIVE = re.compile(
    r"^\W*(?:just |honestly,? |so )?(?:take|get|do|start|try|use|ask for|go on|go to|find|"
    r"book|insist on|demand)\b",
    re.I,
)
CAUTION = _words(
    r"risks?",
    r"side effects?",
    r"harm(?:s|ful)?",
    r"unsafe",
    r"dangerous",
    r"failed",
    r"didn'?t work",
    r"did nothing",
    r"lost",
    r"not every(?:one|body)",
    # Describing who has been through loss is not promising anything about it.
    r"ha(?:s|ve) (?:had|experienced|been through) (?:a |an? )?(?:\w+ )?(?:miscarriages?|loss(?:es)?)",
)

# --- What cancels a claim ------------------------------------------------------------------

HEDGE = _words(
    r"might",
    r"may",
    r"maybe",
    r"could",
    r"possibly",
    r"perhaps",
    r"not sure",
    r"i'?ll never know",
    r"never know",
    r"no idea (?:if|whether)",
    r"can'?t say",
    r"nobody can say",
    r"no one can say",
    r"just (?:have )?been luck",
    r"luck",
    r"i (?:think|guess|wonder)",
    r"in the sense that",
    r"some people",
    r"for some",
    r"can (?:help|reduce|improve|lower)",
    r"wonder(?:ing)? (?:whether|if)",
    r"terrified",
    r"scared",
    r"afraid",
    r"worried",
    r"nervous",
    r"anxious",
    r"fear",
)
HOPE = _words(
    r"i pray",
    r"praying",
    r"pray",
    r"hop(?:e|es|ing)",
    r"one day",
    r"i have to believe",
    r"wish(?:ing)?",
    r"fingers crossed",
    r"keeping everything crossed",
)
REPORT = _words(
    r"says?",
    r"said",
    r"saying",
    r"told (?:me|us|her)",
    r"tells? (?:me|us)",
    r"claims?",
    r"claimed",
    r"claiming",
    r"swears?",
    r"swore",
    r"advertised",
    r"emailed",
    r"according to",
    r"their website",
    r"the website",
    r"website says",
    r"reckons?",
    r"insists?",
)
SKEPTIC = _words(
    r"lying",
    r"liars?",
    r"lie",
    r"scam(?:s|mers)?",
    r"snake oil",
    r"rubbish",
    r"nonsense",
    r"predatory",
    r"reported",
    r"be careful",
    r"careful with",
    r"beware",
    r"don'?t trust",
    r"run a mile",
    r"made me run",
    r"nobody fall for",
    r"don'?t fall for",
    r"no one fall for",
    r"feels wrong",
    r"classic",
    r"but no",
    r"what rubbish",
    r"sceptical",
    r"skeptical",
    r"too good to be true",
    r"no (?:treatment|cure)",
    r"there is no cure",
    r"there'?s no cure",
    r"not (?:a|the) cure",
    r"isn'?t (?:a|the) cure",
    r"not proven",
    r"isn'?t proven",
    r"unproven",
    r"experimental",
    r"not guaranteed",
    r"no guarantees?",
    r"no promises",
    r"can'?t guarantee",
    r"cannot guarantee",
    r"nobody can (?:promise|guarantee)",
    r"no one can (?:promise|guarantee)",
    r"until a (?:proper )?trial",
    r"oh sure",
    r"yeah right",
    r"as if",
    r"not recommended",
    r"no evidence",
    r"any evidence",
)
BUT = re.compile(r"(?<!\w)but(?!\w)")
QUOTED = re.compile(
    r"(?<!\w)(?:'.{2,200}?'(?!\w)|\".{2,200}?\"|“.{2,200}?”|‘.{2,200}?’)"
)
SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|\n|$)")

REASONS = {
    "guaranteed_outcome": "Promises an outcome (a baby, carrying to term, no more losses) "
    "as certain, tied to a treatment or action.",
    "miracle_product": "Presents a product or remedy as healing or fixing the body so that "
    "pregnancies stay.",
    "selling_with_outcome": "Offers a treatment, product or service for sale together with a "
    "claim about pregnancy outcomes.",
    "unproven_as_proven": "States an unproven treatment's effect as settled fact; no treatment "
    "for raised NK cells is proven.",
    "personal_result_as_rule": "Turns a personal result into a promise for the reader.",
}
SCORES = {
    "guaranteed_outcome": 0.9,
    "miracle_product": 0.85,
    "selling_with_outcome": 0.9,
    "unproven_as_proven": 0.8,
    "personal_result_as_rule": 0.8,
}


@dataclass(slots=True)
class _Sentence:
    start: int
    text: str  # lower-cased, same length as the original
    quoted: list[tuple[int, int]]
    _found: dict = field(default_factory=dict)

    def find(self, pattern: re.Pattern) -> list[re.Match]:
        # Words inside quotation marks are someone else's, reported, not claimed.
        key = id(pattern)  # a Pattern hashes its whole source on every lookup
        if key not in self._found:
            self._found[key] = [
                m
                for m in pattern.finditer(self.text)
                if not any(s <= m.start() < e for s, e in self.quoted)
            ]
        return self._found[key]

    def has(self, pattern: re.Pattern) -> bool:
        return bool(self.find(pattern))

    def doubts(self) -> bool:
        """Doubt or warning in the clause that has the last word ("sceptical, but...")."""
        turns = list(BUT.finditer(self.text))
        start = turns[-1].start() if turns else 0
        return any(m.start() >= start for m in self.find(SKEPTIC))

    @property
    def is_question(self) -> bool:
        return self.text.rstrip().endswith("?")


def _lower(text: str) -> str:
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    # A few characters grow when lower-cased ("İ"); keep those so offsets stay true.
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _sentences(text: str) -> list[_Sentence]:
    sentences = []
    for match in SENTENCE.finditer(_lower(text)):
        body = match.group(0)
        if body.strip():
            quoted = [(m.start(), m.end()) for m in QUOTED.finditer(body)]
            sentences.append(_Sentence(match.start(), body, quoted))
    return sentences


def _span(
    sentence: _Sentence, cue: re.Match, other: re.Match | None
) -> tuple[int, int]:
    start, end = cue.start(), cue.end()
    if other is not None:
        lo, hi = min(start, other.start()), max(end, other.end())
        if hi - lo <= MAX_SPAN:
            start, end = lo, hi
    return sentence.start + start, sentence.start + end


def _nearest(matches: list[re.Match], cue: re.Match) -> re.Match | None:
    return min(matches, key=lambda m: abs(m.start() - cue.start()), default=None)


def find_cure_claims(text: str) -> list[ClaimMatch]:
    """Every phrase in *text* that promises a cure, with its rule, reason and score."""
    sentences = _sentences(text)
    if not sentences:
        return []
    seller = any(s.has(SELLER) for s in sentences)
    treatment_in_post = any(s.has(TREATMENT) for s in sentences)
    found: list[tuple[str, int, int]] = []

    for index, sentence in enumerate(sentences):
        following = sentences[index + 1] if index + 1 < len(sentences) else None
        doubted = sentence.doubts() or (
            following is not None and following.has(SKEPTIC)
        )
        reported = sentence.has(REPORT) and not seller
        if sentence.is_question or doubted or reported:
            continue
        hedged = sentence.has(HEDGE) or sentence.has(HOPE)

        # A seller's outcome claim stands even when softened ("can help reduce").
        if seller:
            claims = sentence.find(SELLER_CLAIM)
            outcomes = sentence.find(OUTCOME)
            benefits = sentence.find(BENEFIT) if outcomes else []
            if claims or benefits:
                cue = claims[0] if claims else benefits[0]
                outcome = _nearest(outcomes, cue)
                found.append(("selling_with_outcome", *_span(sentence, cue, outcome)))
                continue
        if hedged:
            continue

        outcomes = sentence.find(OUTCOME)
        for cue in sentence.find(PERSONAL_RULE):
            found.append(("personal_result_as_rule", *_span(sentence, cue, None)))
        for cue in sentence.find(CERTAINTY):
            if treatment_in_post and outcomes:
                outcome = _nearest(outcomes, cue)
                found.append(("guaranteed_outcome", *_span(sentence, cue, outcome)))
                break
        products = sentence.find(PRODUCT)
        if products:
            for cue in sentence.find(MIRACLE):
                product = _nearest(products, cue)
                found.append(("miracle_product", *_span(sentence, cue, product)))
                break
        for cue in sentence.find(CURE_STATEMENT):
            found.append(("unproven_as_proven", *_span(sentence, cue, None)))
            break
        previous = sentences[index - 1] if index else None
        agent = (
            sentence.has(TREATMENT)
            or bool(IMPERATIVE.match(sentence.text))
            or (
                previous is not None
                and previous.has(TREATMENT)
                and sentence.has(ANAPHOR)
            )
        )
        if outcomes and agent and not sentence.has(CAUTION):
            cues = (
                sentence.find(FUTURE)
                or sentence.find(UNIVERSAL)
                or sentence.find(EFFICACY)
            )
            if cues:
                outcome = _nearest(outcomes, cues[0])
                found.append(("guaranteed_outcome", *_span(sentence, cues[0], outcome)))
        treatments = sentence.find(TREATMENT)
        if treatments or (previous is not None and previous.has(TREATMENT)):
            for cue in sentence.find(SETTLED):
                treatment = _nearest(treatments, cue) if treatments else None
                found.append(("unproven_as_proven", *_span(sentence, cue, treatment)))
                break

    return _merge(text, found)


def _merge(text: str, found: list[tuple[str, int, int]]) -> list[ClaimMatch]:
    """One match per span: overlapping findings keep the first rule that fired."""
    matches: list[ClaimMatch] = []
    for rule, start, end in sorted(found, key=lambda f: (f[1], f[2])):
        if matches and start < matches[-1].end:
            continue
        matches.append(
            ClaimMatch(start, end, text[start:end], rule, REASONS[rule], SCORES[rule])
        )
    return matches


def claim_score(text: str) -> float:
    """How strongly *text* reads as a promise of a cure: the highest match score, or 0."""
    return max((match.score for match in find_cure_claims(text)), default=0.0)
