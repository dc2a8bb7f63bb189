#include "common/Logging.h"

Q_LOGGING_CATEGORY(lcConfig, "flexo.config", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "flexo.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNet, "flexo.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCloud, "flexo.cloud", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "flexo.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGraph, "flexo.graph", QtInfoMsg)
Q_LOGGING_CATEGORY(lcChecks, "flexo.checks", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "flexo.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "flexo.ui", QtInfoMsg)
