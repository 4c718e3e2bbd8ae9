// The help pages' fixed words in the run's language; kbk's own help texts are in the catalog
// (src/pesan/bantuan.ts) and given where each option is declared.
import { Help, type Argument, type Command, type HelpConfiguration, type Option } from 'commander';
import { BANTUAN } from '../pesan/bantuan.js';
import type { Bahasa } from '../pesan/index.js';

/**
 * commander's own words on a help page in the run's language. English is commander's as it
 * is; in Indonesian the few fixed words it writes (the headings, the "(choices: …,
 * default: …)" after a description, the [options] and [command] of a usage line) are
 * swapped for the catalog's (src/pesan/bantuan.ts). Set on the program before its
 * subcommands exist, which inherit it.
 */
export function kataBantuan(b: Bahasa): HelpConfiguration {
  if (b === 'en') return {};
  // Only what commander appends after the description is its own: kbk's words stay untouched.
  const ekor = (asli: string, deskripsi: string): string => {
    const awal = deskripsi && asli.startsWith(deskripsi) ? deskripsi.length : 0;
    return asli.slice(0, awal) + asli.slice(awal).replace(/\b(?:choices|default|preset|env): /g, (k) => BANTUAN.tambahan[k] ?? k);
  };
  // The placeholders in <…> and […] of options and arguments: declared in English, shown in Indonesian.
  const tempat = (s: string): string =>
    s.replace(/<([^>]+)>|\[([^\]<>]+)\]/g, (asli, sudut?: string, kurung?: string) => {
      const ganti = BANTUAN.tempat[(sudut ?? kurung) as string];
      return ganti === undefined ? asli : sudut !== undefined ? `<${ganti}>` : `[${ganti}]`;
    });
  return {
    optionTerm(this: Help, option: Option): string {
      return tempat(Help.prototype.optionTerm.call(this, option));
    },
    argumentTerm(this: Help, argument: Argument): string {
      const asli = Help.prototype.argumentTerm.call(this, argument);
      return BANTUAN.tempat[asli] ?? tempat(asli);
    },
    styleTitle: (judul: string): string => BANTUAN.judul[judul] ?? judul,
    optionDescription(this: Help, option: Option): string {
      return ekor(Help.prototype.optionDescription.call(this, option), option.description);
    },
    argumentDescription(this: Help, argument: Argument): string {
      return ekor(Help.prototype.argumentDescription.call(this, argument), argument.description);
    },
    commandUsage(this: Help, cmd: Command): string {
      const asli = Help.prototype.commandUsage.call(this, cmd);
      const usage = cmd.usage();
      if (!asli.endsWith(usage)) return asli;
      const kata = usage.split(' ');
      let i = 0;
      if (kata[i] === '[options]') kata[i++] = BANTUAN.usage['[options]'] as string;
      if (cmd.commands.length > 0 && kata[i] === '[command]') kata[i] = BANTUAN.usage['[command]'] as string;
      return asli.slice(0, asli.length - usage.length) + tempat(kata.join(' '));
    },
    subcommandTerm(this: Help, cmd: Command): string {
      const asli = Help.prototype.subcommandTerm.call(this, cmd);
      const kepala = `${cmd.name()}${cmd.aliases()[0] ? `|${cmd.aliases()[0]}` : ''} [options]`;
      return tempat(asli.startsWith(kepala) ? `${kepala.slice(0, -'[options]'.length)}${BANTUAN.usage['[options]']}${asli.slice(kepala.length)}` : asli);
    },
  };
}
