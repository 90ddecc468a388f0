/** Runs the setup command with these arguments; resolves to the exit code. */
export declare function main(argv: string[]): Promise<number>
