// Catch2 main for the native unit tests.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
