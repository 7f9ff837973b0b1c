// The state the page's exported C functions share (web_bridge.cpp, web_bridge_ui.cpp): the app, the
// platform's hooks, and what a call leaves for the next one.
#pragma once

#include <string>
#include <vector>

#include "web_bridge.h"

namespace entente {

// State shared by the exported functions. One per page: exported C functions cannot carry a context.
struct Bridge {
  App* app = nullptr;
  BridgeHooks hooks;
  std::vector<std::string> pending_urls;  // for the next load_begin
  bool append = false;                    // what the last load_begin decided
  std::string scratch;                    // backs the strings returned to JavaScript until the next call
};
// Set by web_bridge_attach(); lives as long as the page.
extern Bridge* g_bridge;

}  // namespace entente
