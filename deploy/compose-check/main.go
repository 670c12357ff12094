// compose-check loads a compose file the way `docker compose config` does, without a Docker engine: the
// compose-spec reference loader (github.com/compose-spec/compose-go/v2) interpolates variables from an env
// file, validates the result against the Compose Specification's JSON schema and checks references between
// services, networks, volumes and secrets. It prints nothing and exits 0 when the file is valid; otherwise it
// prints the loader's message on stderr and exits 1.
//
//	compose-check -env-file deploy/.env.example deploy/compose.yaml
package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/compose-spec/compose-go/v2/cli"
)

func main() {
	envFile := flag.String("env-file", "", "file of VARIABLE=value lines to interpolate with (instead of the .env beside the compose file)")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: compose-check [-env-file FILE] COMPOSE_FILE...")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() == 0 {
		flag.Usage()
		os.Exit(2)
	}
	options := []cli.ProjectOptionsFn{cli.WithName("compose-check"), cli.WithInterpolation(true), cli.WithResolvedPaths(true)}
	if *envFile != "" {
		options = append(options, cli.WithEnvFiles(*envFile), cli.WithDotEnv)
	}
	opts, err := cli.NewProjectOptions(flag.Args(), options...)
	if err != nil {
		fail(err)
	}
	if _, err := opts.LoadProject(context.Background()); err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "compose-check:", err)
	os.Exit(1)
}
