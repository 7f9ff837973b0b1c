// Data files from assets/ compiled into the binary (lexicon, stop words, gazetteers), so the core needs
// no file system in the browser.
#pragma once

#include <string_view>

namespace entente {

// The content of assets/<name> (e.g. "lexicon.json"), or an empty view when no such asset was embedded.
std::string_view embedded_asset(std::string_view name);

}  // namespace entente
