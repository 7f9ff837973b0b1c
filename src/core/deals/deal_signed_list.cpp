// Signed lists: "Pakistan and Kazakhstan signed accords on energy cooperation, a $250 million loan for a dry
// port and a visa waiver for diplomats" states three deals, each with its own item and amount.
#include "deal_signed_list.h"

#include <string_view>

#include "deal_sector.h"
#include "spans_in.h"

namespace entente {
namespace {

constexpr std::size_t kMaxPart = 16;  // lexemes in one listed deal

bool signing_verb(std::string_view w) {
  return w == "signed" || w == "inked" || w == "concluded" || w == "sealed";
}

// A deal noun in the part: a trigger word ("accords", "loan") or a waiver or exemption.
bool holds_deal_noun(const FillContext& f, LexRange part) {
  const LexedText& t = f.m.lexed;
  for (std::size_t k = part.b; k < part.e; ++k) {
    std::string_view w = t.low(k);
    if (w == "waiver" || w == "exemption" || f.lex.triggers.match(t, k).id >= 0) return true;
  }
  return false;
}

bool opens_indefinite(const LexedText& t, std::size_t k) {
  return t.is(k, "a") || t.is(k, "an");
}

// The parts of the object list after lexeme `from`: split at top-level commas, the last part opened by
// "and a/an" and closed by the next comma or the sentence's end. Empty unless three parts or more.
std::vector<LexRange> list_parts(const LexedText& t, std::size_t from, std::size_t end) {
  std::vector<LexRange> parts;
  std::size_t b = from;
  bool last = false;
  for (std::size_t k = from; k < end; ++k) {
    std::string_view w = t.raw(k);
    if (w == "(" || w == ")" || w == ";" || k >= b + kMaxPart) return {};
    if (w == "," && last) return parts.back().e = k, parts;
    if (w == ",") {
      parts.push_back({b, k}), b = k + 1;
      if (!opens_indefinite(t, b)) return {};
    } else if (w == "and" && opens_indefinite(t, k + 1) && !parts.empty()) {
      parts.push_back({b, k}), b = k + 1, last = true;
      parts.push_back({b, end});
    }
  }
  return last ? parts : std::vector<LexRange>{};
}

// Sets the amount of part `part` on deal d: the first amount inside it, else none.
void part_value(const FillContext& f, LexRange part, Deal* d) {
  d->value.reset(), d->value_usd.reset(), d->currency.reset(), d->value_text.reset();
  d->value_qualifier.reset();
  auto [it, end] = spans_in(f.m.money, part.b, part.e);
  if (it != end) set_value(f.m.lexed, *it, d);
}

}  // namespace

int add_signed_list(const FillContext& f, LexRange sentence, std::size_t first_new,
                    std::vector<Deal>* deals) {
  const LexedText& t = f.m.lexed;
  if (first_new + 1 != deals->size()) return -1;
  std::size_t verb = sentence.b;
  while (verb < sentence.e && !signing_verb(t.low(verb))) ++verb;
  if (verb >= sentence.e) return -1;
  std::vector<LexRange> parts = list_parts(t, verb + 1, sentence.e);
  if (parts.size() < 3) return -1;
  while (parts.back().e > parts.back().b && t.lex[parts.back().e - 1].kind == LexKind::Punct)
    --parts.back().e;
  for (LexRange p : parts)
    if (!holds_deal_noun(f, p)) return -1;
  Deal model = (*deals)[first_new];
  model.aggregate = false, model.quantity.reset(), model.evidence_extra.clear();
  for (std::size_t i = 0; i < parts.size(); ++i) {
    Deal d = i == 0 ? (*deals)[first_new] : model;
    d.item = lexeme_text(t, parts[i].b + (opens_indefinite(t, parts[i].b) ? 1 : 0), parts[i].e);
    part_value(f, parts[i], &d);
    d.sector = sector_in(f, parts[i], d.kind);
    if (i == 0)
      (*deals)[first_new] = std::move(d);
    else
      deals->push_back(std::move(d));
  }
  return static_cast<int>(first_new);
}

}  // namespace entente
