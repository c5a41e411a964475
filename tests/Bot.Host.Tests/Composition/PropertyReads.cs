using System.Reflection;
using System.Reflection.Emit;
using Microsoft.Extensions.Options;

namespace Bot.Host.Tests.Composition;

/// <summary>
/// Which property getters the bot's own code calls, read from the IL of every Bot.* assembly the host
/// runs (tests excluded). Calls made only to validate options (<see cref="IValidateOptions{TOptions}"/>)
/// or by a record's generated members do not count: a setting that is only checked is not used.
/// </summary>
public static class PropertyReads
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    private static readonly string[] RecordMembers = ["PrintMembers", "ToString", "Equals", "GetHashCode", "Deconstruct", "<Clone>$"];

    private static readonly Lazy<HashSet<(Type, string)>> Called = new(Scan);

    /// <summary>True when some method of the bot (not a validator) reads <paramref name="property"/>.</summary>
    public static bool IsRead(PropertyInfo property) =>
        property.GetMethod is { } getter && Called.Value.Contains((property.DeclaringType!, getter.Name));

    private static HashSet<(Type, string)> Scan()
    {
        var called = new HashSet<(Type, string)>();
        foreach (var file in Directory.GetFiles(AppContext.BaseDirectory, "Bot.*.dll"))
        {
            var name = AssemblyName.GetAssemblyName(file);
            if (name.Name is null || name.Name.EndsWith(".Tests", StringComparison.Ordinal) || name.Name == "Bot.Testing")
            {
                continue;
            }

            foreach (var type in Assembly.Load(name).GetTypes())
            {
                if (type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidateOptions<>)))
                {
                    continue;
                }

                const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
                foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
                {
                    if (!RecordMembers.Contains(method.Name))
                    {
                        AddCalls(method, called);
                    }
                }
            }
        }

        return called;
    }

    private static void AddCalls(MethodBase method, HashSet<(Type, string)> called)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            return;
        }

        var typeArguments = method.DeclaringType is { IsGenericType: true } t ? t.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var at = 0;
        while (at < il.Length)
        {
            short value = il[at] == 0xFE && at + 1 < il.Length ? (short)(0xFE00 | il[at + 1]) : il[at];
            at += value > 0xFF || value < 0 ? 2 : 1;
            if (!OpCodesByValue.TryGetValue(value, out var opcode))
            {
                return; // unknown bytes: stop reading this body rather than guess
            }

            if (opcode.OperandType == OperandType.InlineMethod)
            {
                try
                {
                    if (method.Module.ResolveMethod(BitConverter.ToInt32(il, at), typeArguments, methodArguments) is { DeclaringType: { } declaring } target)
                    {
                        called.Add((declaring.IsGenericType ? declaring.GetGenericTypeDefinition() : declaring, target.Name));
                    }
                }
                catch (Exception ex) when (ex is ArgumentException or BadImageFormatException or TypeLoadException or FileNotFoundException)
                {
                    // A reference the scan cannot resolve is not a getter of our options.
                }
            }

            at += opcode.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
                _ => 4,
            };
        }
    }
}
