// "The follow-on contract", "The renewed agreement", "The new deal": the deal just told, named again.
#include "deal_anaphora_modified.h"

#include <string_view>

#include "spans_in.h"

namespace entente {
namespace {

constexpr std::size_t kMaxModifiers = 3;  // lexemes between the determiner and the noun ("follow - on")

bool back_word(std::string_view w) {
  for (std::string_view x :
       {"follow-on", "follow", "-", "on", "renewed", "new", "latest", "same", "whole", "entire", "overall"})
    if (w == x) return true;
  return false;
}

// "The renewed agreement allows ...": a verb right after the noun, which the item ran on into.
bool verb_after(const LexedText& t, std::size_t k) {
  for (std::string_view v : {"is", "was", "allows", "covers", "includes", "provides", "gives", "has"})
    if (t.is(k, v)) return true;
  return false;
}

}  // namespace

bool modified_anaphora(const LexedText& t, const DealDraft& d) {
  std::size_t b = d.sentence.b;
  if (d.item.b != d.trigger || (d.item.e != d.trigger_end && !verb_after(t, d.trigger_end)) ||
      d.trigger < b + 2 || d.trigger > b + 1 + kMaxModifiers)
    return false;
  if (!t.is(b, "the") && !t.is(b, "this") && !t.is(b, "that")) return false;
  for (std::size_t k = b + 1; k < d.trigger; ++k)
    if (!back_word(t.low(k))) return false;
  // "on" and "-" only inside "follow-on".
  return !t.is(b + 1, "on") && !t.is(b + 1, "-");
}

bool funds_told(const FillContext& f, const DealDraft& d) {
  const LexedText& t = f.m.lexed;
  std::size_t w = d.item.b;
  if (w <= d.sentence.b + 3 || (!t.is(w - 1, "with") && !t.is(w - 2, "with")))
    return false;  // "with grant aid"
  if (auto [m, end] = spans_in(f.m.money, d.sentence.b, d.sentence.e); m != end) return false;
  for (std::size_t k = d.sentence.b; k + 2 < w; ++k) {
    std::string_view v = t.low(k);
    bool funds = v == "fund" || v == "funds" || v == "finance" || v == "finances" ||
                 (v == "pay" && t.is(k + 1, "for"));
    std::size_t o = k + (v == "pay" ? 2 : 1);
    if (funds && (t.is(o, "the") || t.is(o, "this") || t.is(o, "its"))) return true;
  }
  return false;
}

}  // namespace entente
