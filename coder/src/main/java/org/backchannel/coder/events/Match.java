package org.backchannel.coder.events;

import org.backchannel.coder.arguments.Arguments;
import org.backchannel.coder.arguments.Predicate;

/** A predicate that fulfils a pattern, with the arguments found for it: the input of the assembler. */
public record Match(Predicate predicate, Arguments arguments) {}
