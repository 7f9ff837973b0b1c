// The sector of a loan from what it pays for (deal_sector_financed.h).
#include "deal_sector_financed.h"

#include <string_view>

#include "deal_loan_aside_purpose.h"
#include "deal_status.h"

namespace entente {

// "a loan that finances infrastructure projects", "dams financed by a loan": a loan takes the sector of
// what it pays for; -1 when the sentence names none beside a financing word.
int financed_sector(const FillContext& f, const DealDraft& d) {
  const LexedText& t = f.m.lexed;
  // "a loan agreement to help Warsaw buy Apache helicopters": what the loan buys, told up to the end of its
  // clause (a noun after the loan, "agreement", may start a clause of its own).
  std::size_t end = d.own.e;
  while (end < d.sentence.e && !t.is(end, ",") && !t.is(end, ";") && !t.is(end, "and") && !t.is(end, "while"))
    ++end;
  for (std::size_t k = d.trigger_end; k < end; ++k) {
    std::string_view w = t.low(k);
    bool buys = w == "buy" || w == "purchase" || w == "acquire";
    // "a loan for the Lagos metro line extension", "a line of credit for solar mini-grids": a loan tied to a
    // transport, power or health project (but a swap line "for trade settlement" stays finance).
    bool project = w == "for";
    // "signed a deal with the National Wealth Fund to co-invest 1 billion pounds in offshore wind projects".
    bool invests = w == "invest" || w == "invests" || w == "investing";
    if (w != "finance" && w != "finances" && w != "financing" && w != "funds" && w != "funding" && !buys &&
        !project && !invests)
      continue;
    int s = best_cue(f, f.lex.sectors, {k + 1, end});
    std::string_view named = s >= 0 ? std::string_view(f.lex.sector_names[s]) : std::string_view();
    if (project && named != "infrastructure" && named != "energy" && named != "health") continue;
    if (s >= 0 && f.lex.sector_names[s] != "finance") return s;
  }
  // "dams financed by a $4.7 billion loan", "financed by the Export-Import Bank of China ... with loans".
  for (std::size_t k = d.trigger; k > d.sentence.b + 1 && k + 24 > d.trigger; --k) {
    std::string_view w = t.low(k - 2);
    if ((w != "financed" && w != "funded") || !t.is(k - 1, "by")) continue;
    int s = best_cue(f, f.lex.sectors, {d.sentence.b, k - 2});
    if (s >= 0 && f.lex.sector_names[s] != "finance") return s;
  }
  return aside_purpose_sector(f, d);  // "A $300 million loan, for a new water plant in Kumasi, was signed"
}

}  // namespace entente
