/** `npm start`: placeholder until the bot lands; prints how to use the CLI. */
console.log('frontline: the bot is not wired yet; try `npm run --silent cli -- help`.');
