#!/bin/sh
# GitHub's published GraphQL schema (npm @octokit/graphql-schema) and graphql-js into DIR
# (default build/github-graphql-schema), for the test that checks Cairn's queries against it:
#   scripts/fetch-github-graphql-schema.sh && CAIRN_GITHUB_SCHEMA_DIR=build/github-graphql-schema ctest -R mapper
set -eu
dir=${1:-build/github-graphql-schema}
mkdir -p "$dir"
cd "$dir"
[ -f package.json ] || npm init -y >/dev/null
npm install --no-audit --no-fund @octokit/graphql-schema graphql
