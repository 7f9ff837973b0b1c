// One CSV field for every CSV export (RFC 4180 quoting) with spreadsheet formula injection neutralised.
#pragma once

#include <string>
#include <string_view>

namespace entente {

// The field `s` as CSV: quoted when it holds a comma, quote, CR or LF, quotes doubled. A field that a
// spreadsheet would run as a formula (first character =, +, -, @, tab or CR, and not a plain number such
// as "-5" or "+1.5") gets a leading apostrophe and is quoted: "=HYPERLINK(...)" -> "'=HYPERLINK(...)".
std::string csv_field(std::string_view s);

}  // namespace entente
