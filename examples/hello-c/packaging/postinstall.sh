#!/bin/sh
set -e
# Runs after the package is installed or upgraded (deb postinst, rpm %post).
echo "hello is installed: run 'hello --version'"
