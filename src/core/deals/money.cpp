// The money scanner: at each lexeme try "prefix amount [name]", then "amount name"; then ranges, dollars and
// cents ("3 dollars 50 cents"), qualifiers before the amount and stated dollar equivalents between amounts.
#include "money.h"

#include <array>
#include <string_view>

#include "numbers.h"

namespace entente {

using namespace std::string_view_literals;  // "..."sv: std::string == string_view compares inline

namespace {

struct Qualifier {
  std::array<std::string_view, 3> words;
  std::string_view tag;
};

constexpr std::array<Qualifier, 26> kQualifiers = {{
    {{"in", "excess", "of"}, "over"},  {{"upwards", "of", ""}, "over"},
    {{"more", "than", ""}, "over"},    {{"well", "over", ""}, "over"},
    {{"just", "over", ""}, "over"},    {{"over", "", ""}, "over"},
    {{"above", "", ""}, "over"},       {{"exceeding", "", ""}, "over"},
    {{"close", "to", ""}, "approx"},   {{"an", "estimated", ""}, "approx"},
    {{"estimated", "", ""}, "approx"}, {{"almost", "", ""}, "approx"},
    {{"nearly", "", ""}, "approx"},    {{"about", "", ""}, "approx"},
    {{"around", "", ""}, "approx"},    {{"approximately", "", ""}, "approx"},
    {{"approx", "", ""}, "approx"},    {{"roughly", "", ""}, "approx"},
    {{"some", "", ""}, "approx"},      {{"up", "to", ""}, "up_to"},
    {{"as", "much", "as"}, "up_to"},   {{"less", "than", ""}, "under"},
    {{"under", "", ""}, "under"},      {{"below", "", ""}, "under"},
    {{"at", "least", ""}, "at_least"}, {{"a", "minimum", "of"}, "at_least"},
}};

std::size_t qualifier_start(const LexedText& t, std::size_t first, std::string* tag) {
  for (const Qualifier& q : kQualifiers) {
    std::size_t n = q.words[2].empty() ? (q.words[1].empty() ? 1 : 2) : 3;
    if (first < n) continue;
    bool ok = true;
    for (std::size_t k = 0; k < n && ok; ++k) ok = t.low(first - n + k) == q.words[k];
    // "rolled over", "took over": a verb particle, not a qualifier.
    if (ok && q.words[0] == "over" && first >= 2) {
      std::string_view prev = t.low(first - 2);
      if ((prev.size() > 3 && prev.substr(prev.size() - 2) == "ed") || prev == "took" || prev == "take" ||
          prev == "hand" || prev == "roll" || prev == "turn" || prev == "won" || prev == "handing")
        ok = false;
    }
    if (ok) {
      *tag = std::string(q.tag);
      return first - n;
    }
  }
  return first;
}

// "-" or an en dash, optionally followed by "$"; "to" only between bare numbers ("2 to 3 billion"); "and"
// (optionally followed by "$") after "between" (`between`: "between 2.5 billion and 3 billion euros").
std::size_t range_high_start(const LexedText& t, std::size_t i, bool between) {
  if (i + 1 >= t.lex.size()) return 0;
  std::string_view w = t.low(i);
  if (w == "to") return t.lex[i + 1].kind == LexKind::Number ? i + 1 : 0;
  if (w == "and" && between) {
    std::size_t k = t.raw(i + 1) == "$" ? i + 2 : i + 1;
    return k < t.lex.size() && t.lex[k].kind == LexKind::Number ? k : 0;
  }
  if (w != "-" && w != "\xE2\x80\x93") return 0;
  return t.raw(i + 1) == "$" ? i + 2 : i + 1;
}

bool cents_currency(const std::string& code) {
  return code == "USD" || code == "CAD" || code == "AUD" || code == "NZD" || code == "HKD" || code == "SGD" ||
         code == "EUR";
}

std::string resolve(const CurrencyTable& table, const std::string& code,
                    const std::vector<std::string>& rank) {
  if (code.empty() || code[0] != '@') return code;
  auto it = table.context.find(code);
  if (it == table.context.end()) return code.substr(1);
  for (const std::string& country : rank) {
    auto c = it->second.find(country);
    if (c != it->second.end()) return c->second;
  }
  auto d = it->second.find("default");
  return d == it->second.end() ? code.substr(1) : d->second;
}

// A currency name at j agreeing with `unit` (or any when unit < 0); returns the lexeme after it or j.
std::size_t trailing_name(const CurrencyTable& table, const LexedText& t, std::size_t j, int* unit) {
  PhraseMatch m = table.names.match(t, j);
  if (m.id < 0) return j;
  const CurrencyUnit& u = table.units[m.id];
  if (u.attached && !(j > 0 && t.joined(j - 1))) return j;
  if (*unit >= 0 && (table.units[*unit].code != u.code || u.divisor != 1)) return j;
  *unit = m.id;
  return m.end;
}

// True when the lexeme before `e` is glued by a hyphen to a word after it: a currency name there, after a
// count with no scale word, is the first part of a compound ("one Yuan-class submarine", "one real-time
// system", "two rand-based funds"), not money. With a scale word it still is ("a 100 million euro-funded
// project"), and so is a count glued to the name ("a 12-cent-a-share dividend").
bool compound_after(const LexedText& t, std::size_t e) {
  return e + 1 < t.lex.size() && t.is(e, "-") && t.joined(e - 1) && t.joined(e) &&
         t.lex[e + 1].kind == LexKind::Word;
}

// "and fifty", "50 cents", "forty five": a sub-unit amount after a whole-unit amount.
std::size_t add_cents(const CurrencyTable& table, const LexedText& t, std::size_t j, double* value) {
  std::size_t k = t.is(j, "and") ? j + 1 : j;
  auto n = parse_number(t, k, true);
  if (!n || n->scaled || !n->integer || n->value >= 100 || n->value < 1) return j;
  std::size_t after = n->end;
  PhraseMatch m = table.names.match(t, after);
  if (m.id >= 0 && table.units[m.id].divisor == 100) {
    after = m.end;
  } else if (after < t.lex.size() && t.lex[after].kind != LexKind::Punct && !t.is(after, "and")) {
    return j;
  }
  *value += n->value / 100;
  return after;
}

struct Amount {
  double value = 0;
  std::optional<double> high;
  std::size_t end = 0;
  bool plain = false;   // integer without a scale word (can take cents)
  bool scaled = false;  // with a scale word ("1.2 trillion")
};

// A number at j, possibly a range "2-3 billion" / "2 to 3 billion" sharing the scale of its high end;
// `between`: the amount follows "between" ("between 2.5 and 3 billion").
std::optional<Amount> amount_at(const LexedText& t, std::size_t j, bool words, bool between) {
  auto n = parse_number(t, j, words);
  if (!n) return std::nullopt;
  Amount a{n->value, std::nullopt, n->end, n->integer && !n->scaled, n->scaled};
  std::size_t k = n->spelled ? 0 : range_high_start(t, n->end, between);
  auto h = k ? parse_number(t, k, false) : std::nullopt;
  if (h && h->value > 0) {
    double low = n->value;
    if (!n->scaled && h->scaled) low = n->value * (h->value / parse_digits(t.raw(k)).value_or(h->value));
    if (low < h->value) a.value = low, a.high = h->value, a.end = h->end, a.plain = false;
  }
  return a;
}

// The amount of money at i and its unit (*unit): a prefix and a number ("$5", "Rs 4,500 crore") or a number
// and a currency name ("5 million euros"); nullopt when none starts there.
std::optional<Amount> money_at(const CurrencyTable& table, const LexedText& t, std::size_t i, int* unit) {
  std::optional<Amount> a;
  PhraseMatch p = table.prefixes.match(t, i);
  bool between = i > 0 && t.is(i - 1, "between");
  if (p.id >= 0) {
    *unit = p.id;
    a = amount_at(t, p.end, false, between);
    // "N1.2 trillion" is naira; "N95 masks" and "N 5" are no money.
    if (a && table.units[p.id].scaled_only && !(a->scaled && t.joined(i))) a.reset();
    if (a) a->end = trailing_name(table, t, a->end, unit);
  }
  if (a || !may_start_number(t, i, true)) return a;
  *unit = -1;
  a = amount_at(t, i, true, between);
  if (!a) return a;
  std::size_t j = a->end;
  if (t.is(j, "-") && t.joined(j - 1) && t.joined(j)) ++j;
  std::size_t e = trailing_name(table, t, j, unit);
  if (e == j || (a->plain && j == a->end && compound_after(t, e))) return std::nullopt;
  a->end = e;
  return a;
}

// The money span of amount `a` in `unit`, starting at lexeme i.
MoneySpan money_span(const CurrencyTable& table, const LexedText& t, std::size_t i, const Amount& a, int unit,
                     const std::vector<std::string>& rank) {
  const CurrencyUnit& u = table.units[unit];
  MoneySpan m;
  m.first = i;
  m.value = a.value / u.divisor;
  if (a.high) m.high = *a.high / u.divisor, m.qualifier = "range";
  m.currency = resolve(table, u.code, rank);
  if (!u.code.empty() && u.code[0] == '@') m.placeholder = u.code;
  m.end = a.end;
  if (a.plain && u.divisor == 1 && cents_currency(m.currency)) m.end = add_cents(table, t, m.end, &m.value);
  std::string tag;
  m.qual_first = qualifier_start(t, i, &tag);
  if (!tag.empty() && m.qualifier.empty()) m.qualifier = tag;
  if (m.currency == "USD"sv) m.value_usd = m.value;
  return m;
}

// "Rs39,000 crore (about $4.7 billion)" or "$4.7 billion (Rs39,000 crore)": the dollar figure is stated.
void link_conversions(const LexedText& t, std::vector<MoneySpan>* spans) {
  std::vector<MoneySpan>& out = *spans;
  for (std::size_t k = 0; k + 1 < out.size(); ++k) {
    MoneySpan& x = out[k];
    MoneySpan& y = out[k + 1];
    if ((x.currency == "USD"sv) == (y.currency == "USD"sv)) continue;
    std::size_t gap = y.qual_first - x.end;
    // "1.2 billion euros, or about $1.3 billion", ", equivalent to $1.3 billion": a conversion after a comma.
    bool restated = t.is(x.end, ",") && (t.is(x.end + 1, "or") || t.is(x.end + 1, "equivalent"));
    bool paren = gap >= 1 && gap <= 3 && (t.is(x.end, "(") || t.is(x.end, "or") || restated);
    // "(13 billion euros, $16 billion)": two figures of one amount inside one bracket.
    paren |= gap == 1 && t.is(x.end, ",") && x.qual_first > 0 && t.is(x.qual_first - 1, "(");
    if (!paren) continue;
    if (x.currency == "USD"sv)
      y.value_usd = x.value;
    else
      x.value_usd = y.value;
  }
}

}  // namespace

std::vector<MoneySpan> find_money(const CurrencyTable& table, const LexedText& t,
                                  const std::vector<std::string>& rank) {
  std::vector<MoneySpan> out;
  std::size_t i = 0, n = t.lex.size();
  while (i < n) {
    int unit = -1;
    std::optional<Amount> a = money_at(table, t, i, &unit);
    if (!a) {
      ++i;
      continue;
    }
    out.push_back(money_span(table, t, i, *a, unit, rank));
    i = out.back().end;
  }
  link_conversions(t, &out);
  return out;
}

}  // namespace entente
