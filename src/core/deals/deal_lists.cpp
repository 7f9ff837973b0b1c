// List parts: a part is the text between two boundaries (an amount, a top-level comma), trimmed of
// quotes, brackets and conjunctions; it becomes a deal like the sentence's own, with its own item and value.
#include "deal_lists.h"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "deal_between_item.h"
#include "deal_elided_ordinal.h"
#include "deal_elided_part.h"
#include "deal_purpose_list.h"
#include "deal_sector.h"
#include "spans_in.h"

namespace entente {
namespace {

constexpr std::size_t kMaxItemLexemes = 14;

bool edge_junk(const LexedText& t, std::size_t k) {
  std::string_view w = t.low(k);
  return t.lex[k].kind == LexKind::Punct || w == "and" || w == "or" || w == "the" || w == "a" || w == "an" ||
         w == "as" || w == "well";
}

// The trimmed text of lexemes [b, e), at most kMaxItemLexemes long; empty when under two words remain.
std::string part_item(const LexedText& t, std::size_t b, std::size_t e) {
  while (b < e && edge_junk(t, b)) ++b;
  while (e > b && edge_junk(t, e - 1)) --e;
  e = std::min(e, after_between(t, b, e) + kMaxItemLexemes);  // "between X and Y on ...": from "on"
  while (e > b && edge_junk(t, e - 1)) --e;
  std::size_t words = 0;
  for (std::size_t k = b; k < e; ++k) words += t.lex[k].kind == LexKind::Word;
  return words >= 2 ? lexeme_text(t, b, e) : std::string();
}

Deal part_of(const Deal& model, const std::string& item) {
  Deal d = model;
  d.item = item;
  d.aggregate = false;
  d.value.reset(), d.value_usd.reset(), d.currency.reset(), d.value_text.reset(), d.value_qualifier.reset();
  d.quantity.reset();
  d.evidence_extra.clear();
  return d;
}

// The lexeme after "include(s)", "including" where a list of deals begins: the cue follows a plural deal
// noun or "signed" ("The deals include", "Among those signed include", "loan agreements ... includes").
std::size_t list_start(const FillContext& f, LexRange r) {
  const LexedText& t = f.m.lexed;
  for (std::size_t k = r.b; k < r.e; ++k) {
    std::string_view w = t.low(k);
    if (w != "include" && w != "includes" && w != "included" && w != "including") continue;
    // "28 documents, covering fields including trade, science and media": a list of fields, not of deals.
    std::string_view before = k > r.b ? t.low(k - 1) : std::string_view{};
    if (before == "fields" || before == "areas" || before == "sectors" || before == "spheres" ||
        before == "domains")
      continue;
    // "worth about 8.4 billion euros including weapons and support": what a price covers, not deals.
    std::size_t m = k > r.b && t.is(k - 1, ",") ? k - 1 : k;
    if (m > r.b && f.m.taken[m - 1] == 1) continue;
    for (std::size_t j = k; j > r.b && j + 24 > k; --j) {
      std::string_view p = t.low(j - 1);
      bool plural = p.size() > 3 && p.back() == 's' && f.lex.triggers.match(t, j - 1).id >= 0;
      plural &= !purpose_plural(t, j - 1, r.b);  // "for disaster-resilience projects, including sea walls"
      if (plural || p == "signed" || p == "memoranda") return k + 1;
    }
  }
  return r.e;
}

// "includes A (Yen 36.114 billion), B (Yen 8.280 billion) and C (Yen 52.556 billion)": one deal per
// amount after an umbrella, named by the text before the amount.
// The sector of a list part from its own words; a named programme or project with no sector word
// ("Tamil Nadu Investment Promotion Program", a loan for it) is other, not its kind's default.
std::string part_sector(const FillContext& f, LexRange part, const std::string& item,
                        const std::string& kind) {
  std::string s = sector_in(f, part, "");
  if (s != "other") return s;
  bool named = !item.empty() && (std::isupper(static_cast<unsigned char>(item[0])) || item[0] == '"');
  return named ? "other" : f.lex.default_sector(kind);
}

bool priced_parts(const FillContext& f, LexRange r, const Deal& umbrella, std::size_t from,
                  std::vector<Deal>* out) {
  const LexedText& t = f.m.lexed;
  std::vector<const MoneySpan*> amounts;
  for (auto [it, end] = spans_in(f.m.money, from, r.e); it != end; ++it) {
    const MoneySpan& m = *it;
    // "(13 billion euros, $16 billion)": the second figure of one amount is no part of its own.
    if (!amounts.empty() && m.qual_first <= amounts.back()->end + 3 && m.value_usd &&
        amounts.back()->value_usd && *m.value_usd == *amounts.back()->value_usd)
      continue;
    amounts.push_back(&m);
  }
  if (amounts.size() < 2) return false;
  std::size_t b = from;
  for (const MoneySpan* m : amounts) {
    std::string item = part_item(t, b, m->qual_first);
    LexRange part{b, m->first};
    b = m->end;
    if (item.empty()) continue;
    Deal d = part_of(umbrella, item);
    d.value = m->value, d.currency = m->currency, d.value_usd = m->value_usd;
    d.value_text = lexeme_text(t, m->qual_first, m->end);
    if (!m->qualifier.empty()) d.value_qualifier = m->qualifier;
    d.sector = part_sector(f, part, item, d.kind);
    out->push_back(std::move(d));
  }
  return true;
}

// A list part that can name a deal: a nominalisation ("modernisation", "Prevention"), an agreement or
// sector word, or a count; not a bare name ("the Ansaldo group") or a relative clause ("which lands ...").
bool deal_like(const FillContext& f, LexRange part) {
  const LexedText& t = f.m.lexed;
  std::size_t b = part.b;
  while (b < part.e && t.lex[b].kind == LexKind::Punct) ++b;
  if (b >= part.e || t.is(b, "which") || t.is(b, "who") || t.is(b, "that")) return false;
  if (elided_part(t, b)) return true;  // "one on agricultural research"
  for (std::size_t k = b; k < part.e; ++k) {
    std::string_view w = t.low(k);
    auto ends = [&](std::string_view x) {
      return w.size() > x.size() + 2 && w.substr(w.size() - x.size()) == x;
    };
    if (ends("tion") || ends("sion") || ends("ment") || ends("ance") || ends("ship")) return true;
    if (f.lex.triggers.match(t, k).id >= 0 || f.lex.sectors.match(t, k).id >= 0) return true;
    if (f.m.taken[k] == 3) return true;
  }
  return false;
}

bool told(const std::vector<Deal>& deals, std::size_t first_new, const std::string& part) {
  for (std::size_t k = first_new; k < deals.size(); ++k)
    if (!deals[k].item.empty() &&
        (part.find(deals[k].item) != std::string::npos || deals[k].item.find(part) != std::string::npos))
      return true;
  return false;
}

// "The deals include a contract for X, water system modernisation by Y, and a contract between Z": one
// deal per top-level comma part not told already.
void comma_parts(const FillContext& f, LexRange r, std::size_t from, const std::vector<Deal>& deals,
                 std::size_t first_new, std::vector<Deal>* out) {
  const LexedText& t = f.m.lexed;
  int depth = 0;
  std::size_t b = from;
  for (std::size_t k = from; k <= r.e; ++k) {
    bool end = k == r.e;
    if (!end) {
      std::string_view w = t.raw(k);
      if (w == "(") ++depth;
      if (w == ")" && depth > 0) --depth;
      bool and_deal =
          w == "and" && (t.is(k + 1, "a") || t.is(k + 1, "an")) && f.lex.triggers.match(t, k + 2).id >= 0;
      and_deal |= w == "and" && elided_part(t, k + 1);  // "one on X and one on Y"
      if (depth > 0 || (w != "," && w != ";" && !and_deal)) continue;
    }
    std::string item = part_item(t, b, k);
    LexRange part{b, k};
    b = k + 1;
    if (item.empty() || !deal_like(f, part) || told(deals, first_new, item)) continue;
    Deal d = part_of(deals[first_new], item);
    d.kind = "agreement";
    d.sector = sector_in(f, part, d.kind);
    out->push_back(std::move(d));
  }
}

}  // namespace

int add_list_parts(const FillContext& f, LexRange sentence, std::size_t first_new, std::vector<Deal>* deals) {
  if (first_new >= deals->size()) return -1;
  int owner = static_cast<int>(first_new);
  std::size_t from = list_start(f, sentence);
  std::vector<Deal> parts;
  for (std::size_t k = first_new; k < deals->size() && parts.empty(); ++k) {
    const Deal& u = (*deals)[k];
    if (!u.aggregate) continue;
    if (from >= sentence.e) break;  // parts are listed after "include", "including"
    if (!priced_parts(f, {from, sentence.e}, u, from, &parts)) continue;
    owner = static_cast<int>(k);
    if ((*deals)[k].value) {
      // The umbrella's own amount, if it took the first part's, was never its own.
      Deal& umb = (*deals)[k];
      if (umb.value_text && !parts.empty() && umb.value_text == parts.front().value_text)
        umb.value.reset(), umb.value_usd.reset(), umb.currency.reset(), umb.value_text.reset();
    }
  }
  if (parts.empty() && from < sentence.e) comma_parts(f, sentence, from, *deals, first_new, &parts);
  for (Deal& d : parts) deals->push_back(std::move(d));
  return parts.empty() ? -1 : owner;
}

int add_followup_parts(const FillContext& f, LexRange sentence, std::size_t umbrella,
                       std::vector<Deal>* deals) {
  const LexedText& t = f.m.lexed;
  if (umbrella >= deals->size() || !(*deals)[umbrella].aggregate || sentence.e < sentence.b + 4) return -1;
  std::size_t k = sentence.b + (t.is(sentence.b, "the") || t.is(sentence.b, "these") ? 1 : 0);
  std::string_view noun = t.low(k);
  bool plural = noun.size() > 3 && noun.back() == 's' && f.lex.triggers.match(t, k).id >= 0;
  std::string_view verb = t.low(k + 1);
  bool lists = verb == "cover" || verb == "covered" || verb == "include" || verb == "included";
  if (!(plural || noun == "documents" || noun == "memoranda") || !lists) return -1;
  std::vector<Deal> parts;
  comma_parts(f, sentence, k + 2, *deals, umbrella, &parts);
  Evidence ev{t.lex[sentence.b].start, t.lex[sentence.e - 1].end, {}};
  ev.text = std::string(t.text.substr(ev.start, ev.end - ev.start));
  for (Deal& d : parts) d.evidence = ev, deals->push_back(std::move(d));
  return parts.empty() ? -1 : static_cast<int>(umbrella);
}

// "... signed three agreements ... The third agreement is a memorandum on traditional medicine": a sentence
// that holds no deal and opens on "the" with an ordinal (or "another") and a deal noun, then "is", "was",
// "covers" or "concerns", names one more part of an umbrella among the last kBack deals.
int add_ordinal_part(const FillContext& f, LexRange sentence, std::vector<Deal>* deals) {
  constexpr std::size_t kBack = 4;
  const LexedText& t = f.m.lexed;
  std::size_t k = sentence.b;
  std::string_view o = t.low(k + 1);
  bool ordinal = t.is(k, "the") && (o == "first" || o == "second" || o == "third" || o == "fourth" ||
                                    o == "fifth" || o == "last" || o == "final" || o == "other");
  if (!ordinal && !t.is(k, "another")) return -1;
  PhraseMatch noun = ordinal_noun(f, k, ordinal);  // "The second is a memorandum ..."
  if (noun.id < 0 || sentence.e < noun.end + 3) return -1;
  std::string_view v = t.low(noun.end);
  if (v != "is" && v != "was" && v != "covers" && v != "covered" && v != "concerns" && v != "concerned")
    return -1;
  std::size_t umbrella = deals->size();
  for (std::size_t n = deals->size(); n > 0 && n + kBack > deals->size() && umbrella == deals->size(); --n)
    if ((*deals)[n - 1].aggregate) umbrella = n - 1;
  if (umbrella == deals->size()) return -1;
  std::vector<Deal> parts;
  comma_parts(f, sentence, noun.end + 1, *deals, umbrella, &parts);
  Evidence ev{t.lex[sentence.b].start, t.lex[sentence.e - 1].end, {}};
  ev.text = std::string(t.text.substr(ev.start, ev.end - ev.start));
  for (Deal& d : parts) d.evidence = ev, deals->push_back(std::move(d));
  return parts.empty() ? -1 : static_cast<int>(umbrella);
}

}  // namespace entente
