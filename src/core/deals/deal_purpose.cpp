// Skips what surrounds an agreement noun without naming it (parties, appositions, times, amounts, quoted
// asides, passive verbs), then takes the purpose clause, relative clause or complement that follows.
#include "deal_purpose.h"

#include <map>
#include <string>
#include <string_view>

#include "deal_named_agreement.h"
#include "deal_skipped_time.h"
#include "deal_status.h"
#include "spans_in.h"

namespace entente {
namespace {

constexpr std::size_t kMaxSkip = 25;
constexpr std::size_t kMaxItem = 16;
constexpr std::size_t kMaxClause = 14;

constexpr std::size_t kMaxEntity = 16;  // lexemes in the longest name

bool in_entity(const FillContext& f, std::size_t k) {
  for (auto [e, end] = spans_in(f.m.entities, k > kMaxEntity ? k - kMaxEntity : 0, k + 1); e != end; ++e)
    if (k < e->end) return true;
  return false;
}

bool filler(std::string_view w) {
  constexpr std::string_view kWords[] = {
      "between",   "with",        "and",         "the",          "its",         "their",
      "his",       "her",         "a",           "an",           "ally",        "allies",
      "partner",   "partners",    "counterpart", "counterparts", "government",  "governments",
      "side",      "sides",       "two",         "both",         "countries",   "nations",
      "in",        "at",          "during",      "principle",    "tentatively", "formally",
      "also",      "finally",     "yesterday",   "today",        "monday",      "tuesday",
      "wednesday", "thursday",    "friday",      "saturday",     "sunday",      "worth",
      "valued",    "was",         "were",        "has",          "have",        "had",
      "been",      "signed",      "inked",       "reached",      "concluded",   "finalized",
      "finalised", "struck",      "sealed",      "state",        "run",         "owned",
      "state-run", "state-owned", "company",     "firm",         "yet",         "already",
      "now"};
  for (std::string_view x : kWords)
    if (w == x) return true;
  return false;
}

bool count_word(std::string_view w) {
  return w == "two" || w == "three" || w == "four" || w == "five" || w == "six" || w == "several" ||
         w == "one" || w == "either";
}

bool weekday(std::string_view w) {
  return w == "monday" || w == "tuesday" || w == "wednesday" || w == "thursday" || w == "friday" ||
         w == "saturday" || w == "sunday";
}

bool time_noun(std::string_view w) {
  return w == "weeks" || w == "days" || w == "months" || w == "week" || w == "month";
}

// "sign a deal within weeks to buy ...", "in the coming days": a time the signing is due in. Each word
// of it is skipped: "within" and "coming" before the time noun, the time noun after them.
bool due_time(const LexedText& t, std::size_t k) {
  std::size_t n = k + 1 < t.lex.size() && (t.is(k + 1, "a") || t.is(k + 1, "the")) ? k + 2 : k + 1;
  if ((t.is(k, "within") || t.is(k, "coming")) && n < t.lex.size() && time_noun(t.low(n))) return true;
  if (t.is(k, "within") && n + 1 < t.lex.size() && t.is(n, "coming") && time_noun(t.low(n + 1))) return true;
  if (k == 0 || !time_noun(t.low(k))) return false;
  std::size_t p = k > 1 && (t.is(k - 1, "a") || t.is(k - 1, "the")) ? k - 2 : k - 1;
  return t.is(p, "within") || t.is(p, "coming");
}

bool skippable(const FillContext& f, std::size_t k) {
  const LexedText& t = f.m.lexed;
  if (in_entity(f, k) || f.m.taken[k] == 1 || f.m.taken[k] == 2 || due_time(t, k)) return true;
  if (t.is(k, "on") && k + 1 < t.lex.size() && (weekday(t.low(k + 1)) || f.m.taken[k + 1] == 2)) return true;
  std::string_view r = t.raw(k);
  if (t.lex[k].kind == LexKind::Punct) return r != "." && r != ";" && r != ":" && r != "?" && r != "!";
  return filler(t.low(k)) || (t.capitalized(k) && t.lex[k].kind == LexKind::Word);
}

// A person or firm among lexemes [b, e): a non-country entity or two capitalised words in a row.
bool names_someone(const FillContext& f, std::size_t b, std::size_t e) {
  for (auto [h, end] = spans_in(f.m.entities, b, e); h != end; ++h)
    if (h->kind != EntityKind::Country) return true;
  const LexedText& t = f.m.lexed;
  for (std::size_t k = b; k + 1 < e; ++k)
    if (t.capitalized(k) && t.capitalized(k + 1) && !in_entity(f, k) && !in_entity(f, k + 1)) return true;
  return false;
}

bool possessive_s(const LexedText& t, std::size_t k) {
  return t.is(k, "s") && k > 0 && (t.raw(k - 1) == "'" || t.raw(k - 1) == "\xE2\x80\x99");
}

// The first lexeme from b on that is not skippable, within kMaxSkip of `from`. "a contract worth $1 billion
// with Russia's Rosoboronexport for engines": a possessive is skipped too when a purpose ("for", "to") comes
// after it; else the possessive ends the skip (a list of firms: "with France's Total and Italy's Eni").
std::size_t skip_surroundings(const FillContext& f, std::size_t from, std::size_t limit) {
  const LexedText& t = f.m.lexed;
  std::size_t j = from;
  while (j < limit && j < from + kMaxSkip && skippable(f, j)) ++j;
  std::size_t k = j;
  while (k < limit && k < from + kMaxSkip && (skippable(f, k) || possessive_s(t, k))) ++k;
  bool purpose = k < limit && (t.is(k, "for") || t.is(k, "to"));
  return purpose && possessive_s(t, j) ? k : j;
}

std::size_t clause_end(const LexedText& t, std::size_t b, std::size_t limit) {
  std::size_t e = b;
  while (e < limit && e < b + kMaxClause && !t.is(e, ",") && !t.is(e, ";") && !t.is(e, ".")) ++e;
  return e;
}

// "between the world's fifth and sixth largest economies aims to ...": after a description of the parties
// from lexeme j, the word that starts the purpose (within twelve words), else j.
std::size_t past_party_description(const LexedText& t, std::size_t j, std::size_t limit) {
  for (std::size_t k = j; k < limit && k < j + 12; ++k) {
    std::string_view x = t.low(k);
    if (x == "to" || x == "aims" || x == "aim" || x == "seeks" || x == "that" || x == "which" || x == "for" ||
        x == "on" || x == "was" || x == "were" || x == "will" || x == "is" || t.lex[k].kind == LexKind::Punct)
      return k;
  }
  return j;
}

// "to build two unspecified patrol vessels", "to buy 180 K2 tanks": the verb phrase after "to" at lexeme j,
// through its counted object; none when the verb has no concrete object.
std::optional<LexRange> infinitive_purpose(const FillContext& f, std::size_t j, std::size_t limit) {
  const LexedText& t = f.m.lexed;
  const ItemContext& c = f.items;
  std::size_t verb = j + 1;
  while (verb + 1 < limit && (t.is(verb, "either") || t.is(verb, "also") || t.is(verb, "jointly") ||
                              t.is(verb, "further") || t.is(verb, "eventually")))
    ++verb;
  std::size_t ob = object_start(c, verb + 1, limit);
  while (ob < limit && count_word(t.low(ob))) ++ob;  // "build two unspecified patrol vessels"
  std::size_t e = phrase_end(c, ob, limit);
  for (auto [q, end] = spans_in(f.m.quantities, ob > kMaxEntity ? ob - kMaxEntity : 0, ob + 1); q != end; ++q)
    if (q->counted && q->unit_first == ob) e = std::max(e, q->end);  // "buy 180 K2 tanks"
  if (e <= verb + 1 || abstract_phrase(c, ob, e)) return std::nullopt;
  return LexRange{j + 1, e};
}

// "signed agreements on Wednesday covering ...": a day named in lexemes [b, e).
bool day_named(const LexedText& t, std::size_t b, std::size_t e) {
  for (std::size_t k = b; k < e; ++k)
    for (std::string_view n : {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                               "yesterday", "today", "tonight"})
      if (t.is(k, n)) return true;
  return false;
}

// What an agreement is for, told from lexeme j (word w) after its noun: an infinitive ("to build ..."), a
// relative clause ("which allows ...", "under which ..."), "for"/"on" and an object, or whom it was signed
// with; none when nothing concrete follows.
std::optional<LexRange> purpose_after(const FillContext& f, const DealDraft& d, std::size_t j,
                                      std::string_view w) {
  const LexedText& t = f.m.lexed;
  const ItemContext& c = f.items;
  std::size_t limit = d.sentence.e;
  std::size_t b = 0, e = 0;
  if (w == "to" && t.lex[j + 1].kind == LexKind::Word && !c.country[j + 1]) {
    std::optional<LexRange> p = infinitive_purpose(f, j, limit);
    if (!p) return std::nullopt;
    b = p->b, e = p->e;
  } else if (w == "that" || w == "which" || w == "allowing" || w == "enabling" || w == "covering" ||
             w == "whereby" || (w == "under" && t.is(j + 1, "which"))) {
    // "a 2023 agreement under which KEPCO supplies power transformers": the relative clause says what for.
    b = w == "that" || w == "which" ? j + 1 : j;
    e = clause_end(t, b, limit);
  } else if (w == "for" || w == "on") {
    b = object_start(c, j + 1, limit);
    e = phrase_end(c, b, limit);
    if (abstract_phrase(c, b, e)) return std::nullopt;
    b = j;
  } else if (names_someone(f, d.trigger_end, j)) {
    // "the agreements with his counterpart, Nepal PM Pushpa Kamal Dahal": named by whom they were signed
    // with.
    b = d.trigger_end, e = j;
    while (e > b && t.lex[e - 1].kind == LexKind::Punct) --e;
  } else {
    return std::nullopt;
  }
  if (e <= b) return std::nullopt;
  return LexRange{b, e};
}

}  // namespace

std::optional<LexRange> agreement_purpose(const FillContext& f, const DealDraft& d) {
  const LexedText& t = f.m.lexed;
  const ItemContext& c = f.items;
  std::size_t limit = d.sentence.e;
  // "the Reciprocal Access Agreement, which allows ...": an agreement with a name of its own (a capitalised
  // noun after a capitalised word that names no country or firm) is named by it.
  std::size_t n = d.trigger;
  if (n > d.sentence.b + 1 && t.capitalized(n) && t.capitalized(n - 1) &&
      t.lex[n - 1].kind == LexKind::Word && !in_entity(f, n - 1) && !c.country[n - 1])
    return std::nullopt;
  bool party_tail = t.is(d.trigger_end, "with") || t.is(d.trigger_end, "between");
  std::size_t j = skip_surroundings(f, d.trigger_end, limit);
  if (j < d.item.e && !party_tail) return std::nullopt;  // "agreement on financing X" names itself
  if (j + 1 >= limit) return std::nullopt;
  if (t.is(d.trigger_end, "between")) j = past_party_description(t, j, limit);
  std::string_view w = t.low(j);
  if ((w == "aims" || w == "aim" || w == "seeks" || w == "seek" || w == "intends" || w == "designed") &&
      t.is(j + 1, "to"))
    ++j, w = "to";
  std::optional<LexRange> p = purpose_after(f, d, j, w);
  if (!p) return std::nullopt;
  const std::size_t b = p->b, e = p->e;
  std::size_t head = d.item.b < d.trigger ? d.item.b : d.trigger;
  // "signed agreements on Wednesday covering ...": a time skipped between the noun and its purpose is no
  // part of the item, which is then the purpose alone.
  bool dated = b >= j && (day_named(t, d.trigger_end, j) || bare_topic_dated(t, d, head, j));
  if (e - head <= kMaxItem && !dated) return LexRange{head, e};
  if (!dated && named_agreement(t, head, d.trigger)) return LexRange{head, d.trigger_end};
  return LexRange{dated ? past_topic_word(t, b, e) : b, e};
}

std::optional<LexRange> whole_of(const FillContext& f, const DealDraft& d) {
  const LexedText& t = f.m.lexed;
  std::size_t k = d.trigger;
  while (k > d.sentence.b && (f.m.taken[k - 1] == 1 || t.is(k - 1, "-"))) --k;  // "a $5.4 billion deal"
  if (k < d.sentence.b + 4 || (!t.is(k - 1, "a") && !t.is(k - 1, "an")) || !t.is(k - 2, "of") ||
      !t.is(k - 3, "part") || !t.is(k - 4, ","))
    return std::nullopt;
  std::size_t e = k - 4, b = e;
  // The words before the comma, back to a preposition, verb or determiner: "for the two remaining S-400
  // air defence squadrons" gives "two remaining S-400 air defence squadrons".
  while (b > d.sentence.b && e - b < 8) {
    std::size_t p = b - 1;
    std::string_view w = t.low(p);
    bool word = t.lex[p].kind == LexKind::Word || t.lex[p].kind == LexKind::Number || t.raw(p) == "-";
    if (!word || f.m.taken[p] == 1 || f.m.taken[p] == 2 || w == "the" || w == "a" || w == "an" ||
        w == "for" || w == "of" || w == "its" || w == "their" || w == "to" || w == "from" || w == "with")
      break;
    b = p;
  }
  if (e - b < 2) return std::nullopt;
  return LexRange{b, e};
}

std::optional<LexRange> verb_purpose(const FillContext& f, const DealDraft& d, bool same_clause) {
  const LexedText& t = f.m.lexed;
  const ItemContext& c = f.items;
  for (std::size_t k = d.trigger_end; k + 2 < d.own.e; ++k) {
    // "secured a loan from China and agreed to form a joint venture": another verb's purpose.
    if (same_clause && (t.is(k, "and") || t.is(k, "but") || t.is(k, ",") || t.is(k, ";") || t.is(k, "which")))
      break;
    if (!t.is(k, "to") || t.lex[k + 1].kind != LexKind::Word || c.country[k + 1]) continue;
    // "loans to the country", "aid to Kampala": a receiver, not a verb (determiners start no verb).
    if (t.capitalized(k + 1) || object_start(c, k + 1, d.own.e) != k + 1) continue;
    std::size_t b = object_start(c, k + 2, d.own.e), e = phrase_end(c, b, d.own.e);
    if (e > b && !abstract_phrase(c, b, e)) return LexRange{k + 1, e};
    break;
  }
  return std::nullopt;
}

int listed_sector(const FillContext& f, LexRange item, std::size_t limit) {
  const LexedText& t = f.m.lexed;
  if (item.b >= item.e || (!t.is(item.e, ",") && !t.is(item.e, "and"))) return -1;
  // The list goes on with a sector word right after the comma ("hospitals, roads"), not "..., and the".
  if (item.e + 1 >= limit || f.lex.sectors.match(t, item.e + 1).id < 0) return -1;
  constexpr std::size_t kListReach = 16;  // a list of a few nouns, not the rest of a long sentence
  std::size_t end = item.e;
  for (; end < limit && end < item.e + kListReach; ++end) {
    std::string_view w = t.low(end);
    if (t.lex[end].kind == LexKind::Punct && w != "," && w != "-") break;
    if (w == "in" || w == "for" || w == "with" || w == "by" || w == "at" || w == "to" || w == "from" ||
        w == "which" || w == "that" || w == "under" || w == "over")
      break;
  }
  std::map<std::string, int> named;
  int best = -1;
  for (std::size_t k = item.b; k < end; ++k) {
    PhraseMatch m = f.lex.sectors.match(t, k);
    if (m.id < 0 || m.end > end) continue;
    int n = ++named[f.lex.sector_names[m.id]];
    if (best < 0 || n > named[f.lex.sector_names[best]]) best = m.id;
    k = m.end - 1;
  }
  int own = best_cue(f, f.lex.sectors, item);
  if (best < 0 || own < 0) return -1;
  return named[f.lex.sector_names[best]] > named[f.lex.sector_names[own]] ? best : -1;
}

}  // namespace entente
