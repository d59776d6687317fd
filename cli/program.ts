/**
 * The commander Command the CLI builds its program from: the same parser, with its own refusals (a required flag
 * missing, an unknown flag or command, a value outside a flag's choices) worded by messages/ in the request's
 * language instead of commander's English. Commander calls these methods by name when parsing fails.
 */
import { type Argument, Command, type Option } from 'commander';
import { closest } from '../core/index.js';
import type { CliWords } from '../messages/index.js';

type Parsed = Option | Argument;

/** Commander's own value parsing, run when a value is among the choices (or the target has none). */
const commanderParseArg = (
  Command.prototype as unknown as {
    _callParseArg(this: Command, target: Parsed, value: string, previous: unknown, message: string): unknown;
  }
)._callParseArg;

export class WordedCommand extends Command {
  private readonly words: CliWords;

  constructor(name: string | undefined, words: CliWords) {
    super(name);
    this.words = words;
  }

  override createCommand(name?: string): Command {
    return new WordedCommand(name, this.words);
  }

  missingMandatoryOptionValue(option: Option): void {
    this.refuse(this.words.usage.missingOption(option.flags), 'commander.missingMandatoryOptionValue');
  }

  optionMissingArgument(option: Option): void {
    this.refuse(this.words.usage.optionMissingValue(option.flags), 'commander.optionMissingArgument');
  }

  missingArgument(name: string): void {
    this.refuse(this.words.usage.missingArgument(name), 'commander.missingArgument');
  }

  unknownOption(flag: string): void {
    const flags = this.options.flatMap((option) => (option.long ? [option.long] : []));
    const near = flag.startsWith('--') ? closest(flag, [...flags, '--help']) : undefined;
    this.refuse(this.words.usage.unknownOption({ flag, ...(near ? { near } : {}) }), 'commander.unknownOption');
  }

  unknownCommand(): void {
    const name = this.args[0] ?? '';
    const near = closest(
      name,
      this.commands.map((command) => command.name()),
    );
    this.refuse(this.words.usage.unknownCommand({ name, ...(near ? { near } : {}) }), 'commander.unknownCommand');
  }

  _excessArguments(received: readonly string[]): void {
    this.refuse(
      this.words.usage.excessArguments({
        ...(this.parent ? { command: this.name() } : {}),
        expected: this.registeredArguments.length,
        got: received.length,
      }),
      'commander.excessArguments',
    );
  }

  _callParseArg(target: Parsed, value: string, previous: unknown, message: string): unknown {
    const choices = target.argChoices;
    if (choices && !choices.includes(value))
      this.refuse(
        this.words.usage.invalidChoice({ flag: 'flags' in target ? target.flags : target.name(), value, choices }),
        'commander.invalidArgument',
      );
    return commanderParseArg.call(this, target, value, previous, message);
  }

  private refuse(message: string, code: string): never {
    return this.error(message, { code, exitCode: 1 });
  }
}
