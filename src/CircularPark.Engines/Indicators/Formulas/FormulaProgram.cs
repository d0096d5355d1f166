namespace CircularPark.Engines.Indicators.Formulas;

/// <summary>Why a formula could not be computed for a park-year.</summary>
internal enum Failure
{
    None = 0,
    MissingValue,
    MissingBaselineValue,
    NoBaseline,
    DivisionByZero,
    NotFinite,
}

/// <summary>The result of running a program: a finite value, or the failure and where it arose (slot or span).</summary>
internal readonly record struct Outcome(double Value, Failure Failure, int Slot, TextSpan Span)
{
    public bool Succeeded => Failure == Failure.None;

    public static Outcome Failed(Failure failure, int slot = -1, TextSpan span = default) => new(double.NaN, failure, slot, span);
}

/// <summary>
/// A checked formula compiled to a postfix program over value slots. Pure and allocation-free per run: a
/// missing value, a missing baseline or a zero denominator ends the run with a failure, never an exception or
/// an infinity.
/// </summary>
internal sealed class FormulaProgram
{
    /// <summary>The deepest evaluation stack a program may need; the checker refuses formulas that nest deeper.</summary>
    public const int StackLimit = 64;

    private readonly Instruction[] _code;

    private FormulaProgram(Instruction[] code, int depth) => (_code, Depth) = (code, depth);

    /// <summary>True when the program reads baseline-year values.</summary>
    public bool UsesBaseline => _code.Any(step => step.Op == Op.LoadBase);

    /// <summary>The evaluation stack this program needs.</summary>
    public int Depth { get; }

    private enum Op : byte
    {
        Push,
        Load,
        LoadBase,
        Add,
        Subtract,
        Multiply,
        Divide,
        Negate,
    }

    public static FormulaProgram Emit(Typed root)
    {
        var code = new List<Instruction>();
        var depth = Emit(root, code);
        return new FormulaProgram([.. code], depth);
    }

    public Outcome Run(double[] current, double[]? baseline)
    {
        Span<double> stack = stackalloc double[Math.Min(Depth, StackLimit)];
        var top = -1;
        foreach (ref readonly var step in _code.AsSpan())
        {
            switch (step.Op)
            {
                case Op.Push: stack[++top] = step.Constant; break;
                case Op.Load:
                    if (double.IsNaN(stack[++top] = current[step.Slot])) return Outcome.Failed(Failure.MissingValue, step.Slot);
                    break;
                case Op.LoadBase:
                    if (baseline is null) return Outcome.Failed(Failure.NoBaseline);
                    if (double.IsNaN(stack[++top] = baseline[step.Slot])) return Outcome.Failed(Failure.MissingBaselineValue, step.Slot);
                    break;
                case Op.Negate: stack[top] = -stack[top]; break;
                case Op.Divide:
                    if (stack[top] == 0) return Outcome.Failed(Failure.DivisionByZero, span: step.Span);
                    stack[top - 1] /= stack[top--];
                    break;
                default: stack[top - 1] = Combine(step.Op, stack[top - 1], stack[top--]); break;
            }
        }
        return double.IsFinite(stack[0]) ? new Outcome(stack[0], Failure.None, -1, default) : Outcome.Failed(Failure.NotFinite);
    }

    private static double Combine(Op op, double a, double b) => op switch
    {
        Op.Add => a + b,
        Op.Subtract => a - b,
        _ => a * b,
    };

    private static int Emit(Typed node, List<Instruction> code)
    {
        switch (node)
        {
            case TypedConstant c:
                code.Add(new Instruction(Op.Push, c.Value, -1, c.Span));
                return 1;
            case TypedLoad l:
                code.Add(new Instruction(l.Baseline ? Op.LoadBase : Op.Load, 0, l.Slot, l.Span));
                return 1;
            case TypedNegate n:
                var depth = Emit(n.Operand, code);
                code.Add(new Instruction(Op.Negate, 0, -1, n.Span));
                return depth;
            case TypedBinary b:
                var left = Emit(b.Left, code);
                var right = Emit(b.Right, code);
                if (b.RightFactor != 1) code.Add(new Instruction(Op.Push, b.RightFactor, -1, b.Span));
                if (b.RightFactor != 1) code.Add(new Instruction(Op.Multiply, 0, -1, b.Span));
                code.Add(new Instruction(OpOf(b.Operator), 0, -1, b.OperatorSpan));
                return Math.Max(left, 1 + Math.Max(right, b.RightFactor != 1 ? 2 : 1));
            default:
                throw new ArgumentOutOfRangeException(nameof(node));
        }
    }

    private static Op OpOf(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => Op.Add,
        BinaryOperator.Subtract => Op.Subtract,
        BinaryOperator.Multiply => Op.Multiply,
        _ => Op.Divide,
    };

    private readonly record struct Instruction(Op Op, double Constant, int Slot, TextSpan Span);
}
