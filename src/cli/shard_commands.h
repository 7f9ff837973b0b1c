// The big-corpus commands: map, features, align, reduce (README "Big corpora").
#pragma once

#include "cli_args.h"

namespace entente {

// Runs args.command (one of map, features, align, reduce). Returns the exit code: 0, or 1 after printing a
// message on standard error (unreadable input, a bad partial, a file that cannot be written).
int run_shard_command(const CliArgs& args);

}  // namespace entente
