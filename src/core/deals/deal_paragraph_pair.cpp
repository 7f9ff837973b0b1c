// "The two governments" as the pair of their paragraph (see deal_paragraph_pair.h).
#include "deal_paragraph_pair.h"

#include <string_view>

#include "deal_pair_before.h"
#include "deal_trigger_context.h"

namespace entente {
namespace {

constexpr std::size_t kReach = 400;  // lexemes back to the paragraph's start

}  // namespace

std::size_t paragraph_start(const LexedText& t, std::size_t k) {
  std::size_t stop = k > kReach ? k - kReach : 0;
  for (std::size_t j = k; j > stop; --j) {
    std::size_t gap_b = t.lex[j - 1].end, gap_e = t.lex[j].start;
    std::string_view gap = t.text.substr(gap_b, gap_e - gap_b);
    std::size_t nl = gap.find('\n');
    if (nl != std::string_view::npos && gap.find('\n', nl + 1) != std::string_view::npos) return j;
  }
  return stop;
}

bool paragraph_pair(const FillContext& f, const DealDraft& d, NameSet* p) {
  const LexedText& t = f.m.lexed;
  if (p->size() > 1 || d.trigger >= t.lex.size()) return false;
  if (!two_sides_named(t, d.own) && !bulleted_at(t.text, t.lex[d.trigger].start)) return false;
  std::size_t b = paragraph_start(t, d.trigger);
  if (b == 0 && d.trigger > kReach) return false;
  NameSet pair = countries_in(f, {b, d.trigger});
  if (pair.size() != 2 || (p->size() == 1 && !pair.count(*p->begin()))) return false;
  *p = pair;
  return true;
}

}  // namespace entente
